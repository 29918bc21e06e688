package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.crmkit.core.interaction.Interaction;

/**
 * Aggregates a member's purchases and refunds into {@link TierMetrics}: the step before
 * evaluation, kept apart so that hosts with their own aggregates evaluate them directly.
 * Stateless and thread-safe.
 *
 * <p>Rules: spend and purchases are those of the policy's measurement window at the as-of day
 * (see {@link QualificationWindow}); only paid purchases count; refunds and returns recorded up
 * to the as-of day reverse their order's spend, and an order refunded in full is no longer a
 * purchase; a refund of an order outside the history reduces spend on its own day; net spend is
 * never negative. Tenure is the number of days from enrolment to the as-of day; points are
 * {@link TierPolicy#points} of the net spend. Other interaction kinds are ignored.
 */
public final class TierMetricsAggregator {
  private TierMetricsAggregator() {}

  /**
   * Aggregates the metrics of a member as of a day.
   *
   * @param policy the policy (window, currency, zone, points)
   * @param member the member
   * @param history the member's interactions, any order
   * @param asOf the evaluation day, not before enrolment
   * @return the metrics
   * @throws IllegalArgumentException if asOf is before enrolment, or an interaction belongs to
   *     another customer or is in another currency
   */
  public static TierMetrics aggregate(TierPolicy policy, TierMember member, Collection<? extends Interaction> history,
      LocalDate asOf) {
    requireNonNull(policy, "policy");
    requireNonNull(member, "member");
    requireNonNull(asOf, "asOf");
    Ledger ledger = Ledger.of(policy, member.customerId(), history, asOf);
    return metricsAt(policy, member.enrolledOn(), ledger, asOf);
  }

  static TierMetrics metricsAt(TierPolicy policy, LocalDate enrolledOn, Ledger ledger, LocalDate day) {
    DateRange window = policy.window().measurement(day, enrolledOn);
    BigDecimal spend = ledger.spend(window);
    return new TierMetrics(spend, ledger.purchases(window), ChronoUnit.DAYS.between(enrolledOn, day),
        policy.points(spend));
  }
}
