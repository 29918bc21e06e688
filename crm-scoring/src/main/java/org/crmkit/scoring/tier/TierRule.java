package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria of a tier and how they combine: all, any, or at least N of them. Immutable.
 *
 * @param match how the criteria combine
 * @param atLeast how many criteria must be met: the number of criteria for {@link Match#ALL}, 1
 *     for {@link Match#ANY} (both set by the constructor), in [1, criteria] for {@link
 *     Match#AT_LEAST}
 * @param criteria the criteria, no metric twice; empty only for {@link Match#ALL}, which then
 *     always holds
 */
public record TierRule(Match match, int atLeast, List<Criterion> criteria) {

  /**
   * Validates the rule and sets {@code atLeast} for ALL and ANY.
   *
   * @throws IllegalArgumentException if a metric repeats, ANY or AT_LEAST has no criteria, or
   *     atLeast is out of range for AT_LEAST
   */
  public TierRule {
    requireNonNull(match, "match");
    criteria = List.copyOf(criteria);
    Set<Metric> seen = EnumSet.noneOf(Metric.class);
    for (Criterion criterion : criteria) {
      checkArgument(seen.add(criterion.metric()), "criteria must not repeat metric %s", criterion.metric());
    }
    checkArgument(match == Match.ALL || !criteria.isEmpty(), "criteria of %s must not be empty", match);
    if (match == Match.ALL) {
      atLeast = criteria.size();
    } else if (match == Match.ANY) {
      atLeast = 1;
    } else {
      checkArgument(atLeast >= 1 && atLeast <= criteria.size(),
          "atLeast must be in [1, %s] but was %s", criteria.size(), atLeast);
    }
  }

  /** Returns the rule that always holds: no criteria. */
  public static TierRule always() {
    return new TierRule(Match.ALL, 0, List.of());
  }

  /**
   * Returns a rule met when all criteria are.
   *
   * @param criteria the criteria
   * @return the rule
   */
  public static TierRule all(Criterion... criteria) {
    return new TierRule(Match.ALL, 0, List.of(criteria));
  }

  /**
   * Returns a rule met when any criterion is.
   *
   * @param criteria the criteria, at least one
   * @return the rule
   */
  public static TierRule any(Criterion... criteria) {
    return new TierRule(Match.ANY, 1, List.of(criteria));
  }

  /**
   * Returns a rule met when at least n criteria are.
   *
   * @param n how many, in [1, criteria]
   * @param criteria the criteria
   * @return the rule
   */
  public static TierRule atLeast(int n, Criterion... criteria) {
    return new TierRule(Match.AT_LEAST, n, List.of(criteria));
  }

  /**
   * Returns whether metrics meet the rule.
   *
   * @param metrics the metrics
   * @return whether at least {@link #atLeast()} criteria are met
   */
  public boolean isMetBy(TierMetrics metrics) {
    int needed = atLeast;
    int remaining = criteria.size();
    for (int i = 0; i < criteria.size() && needed > 0; i++, remaining--) {
      if (needed > remaining) {
        return false;
      }
      if (criteria.get(i).isMetBy(metrics)) {
        needed--;
      }
    }
    return needed <= 0;
  }

  /**
   * Returns the criterion on a metric, if the rule has one.
   *
   * @param metric the metric
   * @return its criterion
   */
  public Optional<Criterion> criterion(Metric metric) {
    return criteria.stream().filter(c -> c.metric() == metric).findFirst();
  }
}
