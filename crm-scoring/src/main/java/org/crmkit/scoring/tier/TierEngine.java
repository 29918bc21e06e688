package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import org.crmkit.core.interaction.Interaction;

/**
 * Evaluates members against a {@link TierPolicy} for an explicit as-of day. Immutable and
 * thread-safe; pure: no clock, no storage.
 *
 * <p><b>From history</b> ({@link #evaluate(TierMember, Collection, LocalDate)}) the engine replays
 * the member's review periods from enrolment, with every refund known at the as-of day applied
 * to its order (see {@link TierMetricsAggregator}):
 *
 * <ol>
 *   <li>Within a period the member holds the higher of the tier carried in and every tier the
 *       metrics reach on any day of the period up to the as-of day — upgrades apply at once and
 *       last at least to the period end.
 *   <li>At a period end the tier carried into the next period is {@link DowngradeRule#after} of
 *       the tier held and the tier the metrics reach on the last day; a downgrade waits for the
 *       grace period, never beyond the end of the next period.
 *   <li>An override in force on the as-of day then applies ({@link OverrideMode}).
 * </ol>
 *
 * <p><b>From pre-aggregated metrics</b> ({@link #evaluate(TierMember, TierMetrics, String,
 * LocalDate)}) the host supplies the current window's metrics and the tier carried in; the engine
 * only combines them, which is the fast path. {@link TierPolicy#qualifiedRank} is faster still
 * when no decision object is needed.
 */
public final class TierEngine {
  private final TierPolicy policy;

  private TierEngine(TierPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Returns an engine for a policy.
   *
   * @param policy the policy
   * @return the engine
   */
  public static TierEngine of(TierPolicy policy) {
    return new TierEngine(policy);
  }

  /** Returns the policy. */
  public TierPolicy policy() {
    return policy;
  }

  /**
   * Evaluates a member from their purchase and refund history.
   *
   * @param member the member
   * @param history the member's interactions, any order; kinds other than purchases and
   *     refunds are ignored, as is anything after the as-of day
   * @param asOf the evaluation day, not before enrolment
   * @return the decision
   * @throws IllegalArgumentException if asOf is before enrolment, an interaction belongs to
   *     another customer or is in another currency, or an override names an unknown tier
   */
  public TierDecision evaluate(TierMember member, Collection<? extends Interaction> history, LocalDate asOf) {
    requireNonNull(member, "member");
    requireNonNull(asOf, "asOf");
    LocalDate enrolledOn = member.enrolledOn();
    checkArgument(!asOf.isBefore(enrolledOn), "asOf must not be before enrolledOn %s but was %s", enrolledOn, asOf);
    Ledger ledger = Ledger.of(policy, member.customerId(), history, asOf);
    long[] entryDays = ledger.entryDays();
    QualificationWindow window = policy.window();
    DowngradeRule downgrade = policy.downgrade();

    int held = 0;
    int graceRank = 0;
    LocalDate graceUntil = null;
    DateRange period = window.period(enrolledOn, enrolledOn);
    while (period.end().isBefore(asOf)) {
      int earned = Math.max(held, bestDuring(period, period.end(), enrolledOn, ledger, entryDays));
      int qualifiedAtEnd = policy.qualifiedRank(TierMetricsAggregator.metricsAt(policy, enrolledOn, ledger, period.end()));
      int next = downgrade.after(earned, qualifiedAtEnd);
      DateRange following = window.period(period.end().plusDays(1), enrolledOn);
      if (next < earned && downgrade.graceDays() > 0) {
        graceRank = earned;
        LocalDate until = period.end().plusDays(downgrade.graceDays());
        graceUntil = until.isAfter(following.end()) ? following.end() : until;
      } else {
        graceUntil = null;
      }
      held = next;
      period = following;
    }
    int heldNow = graceUntil != null && !asOf.isAfter(graceUntil) ? Math.max(held, graceRank) : held;
    TierMetrics metrics = TierMetricsAggregator.metricsAt(policy, enrolledOn, ledger, asOf);
    int qualified = policy.qualifiedRank(metrics);
    int earned = Math.max(Math.max(heldNow, qualified), bestDuring(period, asOf, enrolledOn, ledger, entryDays));
    return decide(member, asOf, earned, qualified, heldNow, period, metrics);
  }

  /**
   * Evaluates a member from pre-aggregated metrics of the current window and the tier they carry
   * into the current period (for example stored by the host at the last period end).
   *
   * @param member the member
   * @param metrics the current window's metrics
   * @param heldTierId the tier carried into the current period; the base id if none
   * @param asOf the evaluation day, not before enrolment
   * @return the decision
   * @throws IllegalArgumentException if asOf is before enrolment or a tier id is unknown
   */
  public TierDecision evaluate(TierMember member, TierMetrics metrics, String heldTierId, LocalDate asOf) {
    requireNonNull(member, "member");
    requireNonNull(metrics, "metrics");
    requireNonNull(asOf, "asOf");
    int held = policy.rank(heldTierId);
    int qualified = policy.qualifiedRank(metrics);
    DateRange period = policy.window().period(asOf, member.enrolledOn());
    return decide(member, asOf, Math.max(held, qualified), qualified, held, period, metrics);
  }

  /**
   * Returns the best tier reached on any day of a period up to a last day: qualification can
   * only change on a day with an entry, on a day a tenure minimum is reached, or (for windows
   * that drop old entries) stays best at an entry day, so those days and the last day suffice.
   */
  private int bestDuring(DateRange period, LocalDate last, LocalDate enrolledOn, Ledger ledger, long[] entryDays) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(last);
    long from = Math.max(period.start().toEpochDay(), enrolledOn.toEpochDay());
    long to = last.toEpochDay();
    for (long day : entryDays) {
      if (day >= from && day <= to) {
        days.add(LocalDate.ofEpochDay(day));
      }
    }
    for (Tier tier : policy.tiers()) {
      tier.rule().criterion(Metric.TENURE_DAYS).ifPresent(c -> {
        LocalDate reached = enrolledOn.plusDays(c.minimum().longValue());
        if (period.contains(reached) && !reached.isAfter(last)) {
          days.add(reached);
        }
      });
    }
    int best = 0;
    int top = policy.tiers().size() - 1;
    for (LocalDate day : days) {
      best = Math.max(best, policy.qualifiedRank(TierMetricsAggregator.metricsAt(policy, enrolledOn, ledger, day)));
      if (best == top) {
        break;
      }
    }
    return best;
  }

  private TierDecision decide(TierMember member, LocalDate asOf, int earned, int qualified, int held,
      DateRange period, TierMetrics metrics) {
    Optional<TierOverride> override = overrideInForce(member, asOf);
    int tier = earned;
    if (override.isPresent()) {
      int overrideRank = policy.rank(override.get().tierId());
      tier = override.get().mode() == OverrideMode.PIN ? overrideRank : Math.max(earned, overrideRank);
    }
    return new TierDecision(member, asOf, policy.tier(tier), policy.tier(earned), policy.tier(qualified),
        policy.tier(held), override, period, metrics, policy);
  }

  private Optional<TierOverride> overrideInForce(TierMember member, LocalDate asOf) {
    TierOverride best = null;
    for (TierOverride candidate : member.overrides()) {
      if (candidate.isInForceOn(asOf)) {
        policy.rank(candidate.tierId()); // unknown tier ids fail even when another override wins
        if (best == null || beats(candidate, best)) {
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean beats(TierOverride candidate, TierOverride best) {
    if (candidate.mode() != best.mode()) {
      return candidate.mode() == OverrideMode.PIN;
    }
    int byRank = Integer.compare(policy.rank(candidate.tierId()), policy.rank(best.tierId()));
    if (candidate.mode() == OverrideMode.FLOOR) {
      return byRank > 0;
    }
    int byStart = candidate.startsOn().compareTo(best.startsOn());
    return byStart > 0 || (byStart == 0 && byRank > 0);
  }
}
