package org.crmkit.core.renewal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;

/**
 * A contract period with a customer: its term, first and last day, and value (the amount due on
 * renewal). Immutable.
 *
 * @param contractId the contract, 1..64 characters of {@code [A-Za-z0-9._:/-]} (as {@link Renewal#contractId()})
 * @param customerId the customer
 * @param start the first day
 * @param end the last day, not before {@code start}
 * @param term the contract term (for example {@code P1Y}), positive; the length a renewal runs for
 * @param amount the value of the period, not negative
 * @param accountManager the account manager responsible, if any
 */
public record Contract(String contractId, CustomerId customerId, LocalDate start, LocalDate end, Period term,
    Money amount, Optional<String> accountManager) {
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

  /**
   * Validates the contract.
   *
   * @throws IllegalArgumentException if the id is malformed, the dates reversed, the term not
   *     positive or the amount negative
   */
  public Contract {
    requireNonNull(contractId, "contractId");
    checkArgument(REFERENCE.matcher(contractId).matches(),
        "contractId must be 1..64 characters of [A-Za-z0-9._:/-] but was '%s'", contractId);
    requireNonNull(customerId, "customerId");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end must not be before start but was %s < %s", end, start);
    requireNonNull(term, "term");
    checkArgument(!term.isNegative() && !term.isZero(), "term must be positive but was %s", term);
    requireNonNull(amount, "amount");
    checkArgument(!amount.isNegative(), "amount must not be negative but was %s", amount);
    requireNonNull(accountManager, "accountManager");
  }

  /**
   * Returns a contract of one term from its start: the end is {@code start + term - 1 day}.
   *
   * @param contractId the contract
   * @param customerId the customer
   * @param start the first day
   * @param term the term, positive
   * @param amount the value
   * @return the contract, without an account manager
   */
  public static Contract of(String contractId, CustomerId customerId, LocalDate start, Period term, Money amount) {
    requireNonNull(start, "start");
    requireNonNull(term, "term");
    return new Contract(contractId, customerId, start, start.plus(term).minusDays(1), term, amount, Optional.empty());
  }

  /**
   * Returns the contract period a won renewal created.
   *
   * @param renewal a renewal with outcome renewed or changed
   * @return the renewed period as a contract; its term is the renewed period's length
   * @throws IllegalArgumentException if the renewal was not won
   */
  public static Contract from(Renewal renewal) {
    requireNonNull(renewal, "renewal");
    checkArgument(renewal.outcome() == RenewalOutcome.RENEWED || renewal.outcome() == RenewalOutcome.CHANGED,
        "renewal outcome must be RENEWED or CHANGED but was %s", renewal.outcome());
    return new Contract(renewal.contractId(), renewal.customerId(), renewal.periodStart(), renewal.periodEnd(),
        Period.between(renewal.periodStart(), renewal.periodEnd().plusDays(1)), renewal.amount(), Optional.empty());
  }

  /**
   * Returns the days from {@code asOf} to the last day (0 on the last day, negative after it).
   *
   * @param asOf the date
   * @return the days left
   */
  public long daysLeft(LocalDate asOf) {
    return ChronoUnit.DAYS.between(requireNonNull(asOf, "asOf"), end);
  }

  /** Returns the first day of the next period ({@code end + 1 day}). */
  public LocalDate nextStart() {
    return end.plusDays(1);
  }

  /**
   * Returns whether a renewal is about this contract period: same contract id and a period that
   * starts after this one's first day (a renewal may start early when terms change mid-term).
   *
   * @param renewal the renewal
   * @return whether it renews (or fails to renew) this period
   */
  public boolean isRenewedBy(Renewal renewal) {
    requireNonNull(renewal, "renewal");
    return renewal.contractId().equals(contractId) && renewal.periodStart().isAfter(start);
  }
}
