package org.crmkit.core.renewal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;

/**
 * Renewal figures (续约率, seed 001) of the renewals decided in {@code [from, to)}. Immutable.
 *
 * <p>Definitions. <b>By count</b>: renewed or changed / decided (outcome not pending), as
 * crm-scoring's {@code Kpi.RENEWAL}. <b>By amount</b>: of the decided renewals whose contract
 * period is known, the contract value of those won / the contract value of all of them: the share
 * of the value up for renewal that was kept. Both are in [0, 1]. What the won renewals were signed
 * for is reported separately as {@link #wonAmount()}; it may exceed the value due (an upsell on a
 * changed renewal), which is why it is not the rate's numerator. A renewal's contract is the
 * latest-starting contract it {@linkplain Contract#isRenewedBy renews}.
 *
 * @param from the period start (by the renewal's {@code occurredAt})
 * @param to the period end, exclusive, after {@code from}
 * @param decided renewals decided in the period
 * @param won of those, renewed or changed
 * @param matched of the decided, how many have a known contract
 * @param matchedWon of the won, how many have a known contract
 * @param currency the currency of all amounts, empty when there are none
 * @param dueDecided the contract value of the matched decided renewals
 * @param dueWon the contract value of the matched won renewals
 * @param wonAmount what the won renewals were signed for
 */
public record RenewalFigures(Instant from, Instant to, long decided, long won, long matched, long matchedWon,
    Optional<Currency> currency, BigDecimal dueDecided, BigDecimal dueWon, BigDecimal wonAmount) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if the period is empty or a part exceeds its whole
   */
  public RenewalFigures {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(to.isAfter(from), "to must be after from but was %s <= %s", to, from);
    checkArgument(won >= 0 && won <= decided, "won must be in [0, decided=%s] but was %s", decided, won);
    checkArgument(matched >= 0 && matched <= decided, "matched must be in [0, decided=%s] but was %s", decided, matched);
    checkArgument(matchedWon >= 0 && matchedWon <= Math.min(won, matched),
        "matchedWon must be in [0, min(won, matched)] but was %s", matchedWon);
    requireNonNull(currency, "currency");
    requireNonNull(dueDecided, "dueDecided");
    requireNonNull(dueWon, "dueWon");
    requireNonNull(wonAmount, "wonAmount");
    checkArgument(dueWon.signum() >= 0 && dueWon.compareTo(dueDecided) <= 0,
        "dueWon must be in [0, dueDecided=%s] but was %s", dueDecided, dueWon);
    checkArgument(wonAmount.signum() >= 0, "wonAmount must be >= 0 but was %s", wonAmount);
  }

  /**
   * Computes the figures.
   *
   * @param contracts the known contract periods
   * @param renewals the recorded renewals (those outside the period or pending are ignored)
   * @param from the period start
   * @param to the period end, exclusive
   * @return the figures
   * @throws IllegalArgumentException if the period is empty or amounts mix currencies
   */
  public static RenewalFigures of(Collection<Contract> contracts, Collection<Renewal> renewals, Instant from, Instant to) {
    requireNonNull(contracts, "contracts");
    requireNonNull(renewals, "renewals");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(to.isAfter(from), "to must be after from but was %s <= %s", to, from);
    long decided = 0;
    long won = 0;
    long matched = 0;
    long matchedWon = 0;
    Currency currency = null;
    BigDecimal dueDecided = BigDecimal.ZERO;
    BigDecimal dueWon = BigDecimal.ZERO;
    BigDecimal wonAmount = BigDecimal.ZERO;
    for (Renewal r : renewals) {
      if (r.outcome() == RenewalOutcome.PENDING || r.occurredAt().isBefore(from) || !r.occurredAt().isBefore(to)) {
        continue;
      }
      boolean isWon = r.outcome() != RenewalOutcome.LOST;
      decided++;
      Optional<Contract> contract = contracts.stream().filter(c -> c.isRenewedBy(r))
          .max(Comparator.comparing(Contract::start));
      if (isWon) {
        won++;
        currency = same(currency, r.amount());
        wonAmount = wonAmount.add(r.amount().amount());
      }
      if (contract.isPresent()) {
        Money due = contract.get().amount();
        currency = same(currency, due);
        matched++;
        dueDecided = dueDecided.add(due.amount());
        if (isWon) {
          matchedWon++;
          dueWon = dueWon.add(due.amount());
        }
      }
    }
    return new RenewalFigures(from, to, decided, won, matched, matchedWon, Optional.ofNullable(currency), dueDecided,
        dueWon, wonAmount);
  }

  private static Currency same(Currency current, Money m) {
    checkArgument(current == null || current.equals(m.currency()),
        "renewal amounts must all be in %s but one was in %s", current, m.currency());
    return m.currency();
  }

  /** Returns won / decided, empty if nothing was decided. */
  public OptionalDouble rateByCount() {
    return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) won / decided);
  }

  /** Returns the won share of the contract value due, empty if no value was due. */
  public OptionalDouble rateByAmount() {
    return dueDecided.signum() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(dueWon.divide(dueDecided, MathContext.DECIMAL64).doubleValue());
  }
}
