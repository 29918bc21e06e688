package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.crmkit.core.CustomerId;

/**
 * Complaint figures for a period {@code [from, to)}, for the account-manager KPIs (投诉率) and the
 * churn warnings. Immutable; counts are longs so that figures of disjoint customer sets
 * {@linkplain #merge merge} exactly.
 *
 * <p>Definitions, over the cases received in {@code [from, to)} and their state as given:
 * complaint rate = customers who complained / active customers (as crm-scoring's {@code
 * Kpi.COMPLAINT}); resolution time = receipt to last close, for cases closed before {@code to};
 * overdue = {@link ComplaintQueue#isOverdue} at {@code to}; recovery retention = retained /
 * recovered.
 *
 * @param from the first instant of the period
 * @param to the first instant after it, after {@code from}
 * @param activeCustomers active customers in the period (the rate's denominator), not negative
 * @param received complaints received in the period
 * @param customersComplained distinct customers among them, at most {@code received}
 * @param closed of those, how many are closed before {@code to}
 * @param resolutionSeconds the sum of their resolution times, in seconds
 * @param overdue of those received, how many are overdue at {@code to}
 * @param reopened of those received, how many were reopened at least once
 * @param recovered of those received, how many have a service recovery
 * @param retained of those recovered, how many customers were retained
 */
public record ComplaintFigures(Instant from, Instant to, long activeCustomers, long received, long customersComplained,
    long closed, long resolutionSeconds, long overdue, long reopened, long recovered, long retained) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if the period is empty or a count is negative or larger than
   *     the count it is part of
   */
  public ComplaintFigures {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(to.isAfter(from), "to must be after from but was %s <= %s", to, from);
    checkArgument(activeCustomers >= 0, "activeCustomers must be >= 0 but was %s", activeCustomers);
    checkArgument(received >= 0, "received must be >= 0 but was %s", received);
    checkArgument(customersComplained >= 0 && customersComplained <= received,
        "customersComplained must be in [0, received=%s] but was %s", received, customersComplained);
    checkArgument(closed >= 0 && closed <= received, "closed must be in [0, received=%s] but was %s", received, closed);
    checkArgument(resolutionSeconds >= 0, "resolutionSeconds must be >= 0 but was %s", resolutionSeconds);
    checkArgument(overdue >= 0 && overdue <= received, "overdue must be in [0, received=%s] but was %s", received, overdue);
    checkArgument(reopened >= 0 && reopened <= received, "reopened must be in [0, received=%s] but was %s", received, reopened);
    checkArgument(recovered >= 0 && recovered <= received,
        "recovered must be in [0, received=%s] but was %s", received, recovered);
    checkArgument(retained >= 0 && retained <= recovered,
        "retained must be in [0, recovered=%s] but was %s", recovered, retained);
  }

  /**
   * Computes the figures of some cases.
   *
   * @param cases complaint cases (those received outside the period are ignored)
   * @param activeCustomers active customers in the period
   * @param from the period start
   * @param to the period end (exclusive), also the as-of time of the overdue count
   * @return the figures
   * @throws IllegalArgumentException if the period is empty or {@code activeCustomers} negative
   */
  public static ComplaintFigures of(Collection<ComplaintCase> cases, long activeCustomers, Instant from, Instant to) {
    requireNonNull(cases, "cases");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    long received = 0;
    long closed = 0;
    long seconds = 0;
    long overdue = 0;
    long reopened = 0;
    long recovered = 0;
    long retained = 0;
    Set<CustomerId> customers = new HashSet<>();
    for (ComplaintCase c : cases) {
      Instant at = c.complaint().occurredAt();
      if (at.isBefore(from) || !at.isBefore(to)) {
        continue;
      }
      received++;
      customers.add(c.complaint().customerId());
      Optional<Instant> closedAt = c.closedAt().filter(x -> x.isBefore(to));
      if (closedAt.isPresent()) {
        closed++;
        seconds += Duration.between(at, closedAt.get()).getSeconds();
      }
      if (c.isOverdue(to)) {
        overdue++;
      }
      if (c.reopenCount() > 0) {
        reopened++;
      }
      if (c.recovery().isPresent()) {
        recovered++;
        if (c.recovery().get().retained()) {
          retained++;
        }
      }
    }
    return new ComplaintFigures(from, to, activeCustomers, received, customers.size(), closed, seconds, overdue,
        reopened, recovered, retained);
  }

  /**
   * Returns the figures of two disjoint sets of customers over the same period.
   *
   * @param other figures of other customers, same period
   * @return the combined figures
   * @throws IllegalArgumentException if the periods differ
   */
  public ComplaintFigures merge(ComplaintFigures other) {
    requireNonNull(other, "other");
    checkArgument(from.equals(other.from) && to.equals(other.to),
        "period must be [%s, %s) but was [%s, %s)", from, to, other.from, other.to);
    return new ComplaintFigures(from, to, activeCustomers + other.activeCustomers, received + other.received,
        customersComplained + other.customersComplained, closed + other.closed,
        resolutionSeconds + other.resolutionSeconds, overdue + other.overdue, reopened + other.reopened,
        recovered + other.recovered, retained + other.retained);
  }

  /** Returns customers who complained / active customers, empty without active customers. */
  public OptionalDouble complaintRate() {
    return ratio(customersComplained, activeCustomers);
  }

  /** Returns the mean resolution time of the closed cases, empty if none closed. */
  public Optional<Duration> meanResolutionTime() {
    return closed == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(resolutionSeconds / closed));
  }

  /** Returns retained / recovered, empty if no recovery was recorded. */
  public OptionalDouble recoveryRetentionRate() {
    return ratio(retained, recovered);
  }

  private static OptionalDouble ratio(long num, long den) {
    return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
  }
}
