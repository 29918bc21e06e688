package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A customer's pre-aggregated tier metrics for one qualification window: what {@link
 * TierPolicy#qualifiedRank} evaluates. Build them with {@link TierMetricsAggregator} from purchases and
 * refunds, or supply them from a host's own aggregation. Immutable.
 *
 * @param spend net spend in the policy's currency, not negative (trailing zeros stripped)
 * @param purchases paid orders not refunded in full, not negative
 * @param tenureDays days since enrolment, not negative
 * @param points points earned, not negative
 */
public record TierMetrics(BigDecimal spend, long purchases, long tenureDays, long points) {
  /** No spend, purchases, tenure or points. */
  public static final TierMetrics NONE = new TierMetrics(BigDecimal.ZERO, 0, 0, 0);

  /**
   * Validates the metrics.
   *
   * @throws IllegalArgumentException if a metric is negative
   */
  public TierMetrics {
    requireNonNull(spend, "spend");
    checkArgument(spend.signum() >= 0, "spend must be >= 0 but was %s", spend);
    checkArgument(purchases >= 0, "purchases must be >= 0 but was %s", purchases);
    checkArgument(tenureDays >= 0, "tenureDays must be >= 0 but was %s", tenureDays);
    checkArgument(points >= 0, "points must be >= 0 but was %s", points);
    spend = Decimals.normalise(spend);
  }

  /**
   * Returns metrics.
   *
   * @param spend net spend
   * @param purchases paid orders
   * @param tenureDays days since enrolment
   * @param points points earned
   * @return the metrics
   * @throws IllegalArgumentException if a metric is negative
   */
  public static TierMetrics of(BigDecimal spend, long purchases, long tenureDays, long points) {
    return new TierMetrics(spend, purchases, tenureDays, points);
  }

  /**
   * Returns the value of one metric.
   *
   * @param metric the metric
   * @return its value
   */
  public BigDecimal value(Metric metric) {
    requireNonNull(metric, "metric");
    switch (metric) {
      case SPEND:
        return spend;
      case PURCHASES:
        return BigDecimal.valueOf(purchases);
      case TENURE_DAYS:
        return BigDecimal.valueOf(tenureDays);
      default:
        return BigDecimal.valueOf(points);
    }
  }

  /**
   * Returns a copy with another spend.
   *
   * @param newSpend the spend, not negative
   * @return the copy
   */
  public TierMetrics withSpend(BigDecimal newSpend) {
    return new TierMetrics(newSpend, purchases, tenureDays, points);
  }

  /**
   * Returns a copy with other points, for hosts whose points do not follow from spend.
   *
   * @param newPoints the points, not negative
   * @return the copy
   */
  public TierMetrics withPoints(long newPoints) {
    return new TierMetrics(spend, purchases, tenureDays, newPoints);
  }
}
