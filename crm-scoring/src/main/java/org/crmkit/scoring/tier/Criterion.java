package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One condition of a tier: a metric must reach a minimum. <b>Reaching the minimum exactly
 * qualifies</b>: a Gold threshold of 5,000 CNY is met by a spend of 5,000.00 CNY. Immutable.
 *
 * @param metric what is measured
 * @param minimum the least value that meets the criterion, positive; a whole number for every
 *     metric but {@link Metric#SPEND} (trailing zeros stripped)
 */
public record Criterion(Metric metric, BigDecimal minimum) {

  /**
   * Validates the criterion.
   *
   * @throws IllegalArgumentException if the minimum is not positive, or not whole for a count
   */
  public Criterion {
    requireNonNull(metric, "metric");
    requireNonNull(minimum, "minimum");
    checkArgument(minimum.signum() > 0, "minimum of %s must be > 0 but was %s", metric, minimum);
    minimum = Decimals.normalise(minimum);
    checkArgument(metric == Metric.SPEND || minimum.scale() == 0,
        "minimum of %s must be a whole number but was %s", metric, minimum);
    checkArgument(metric == Metric.SPEND || minimum.unscaledValue().bitLength() < 63,
        "minimum of %s must fit in a long but was %s", metric, minimum);
  }

  /**
   * Returns a minimum net spend.
   *
   * @param amount the amount in the policy's currency, positive
   * @return the criterion
   */
  public static Criterion spend(BigDecimal amount) {
    return new Criterion(Metric.SPEND, amount);
  }

  /**
   * Returns a minimum net spend.
   *
   * @param amount the amount as decimal text, for example {@code "5000"}
   * @return the criterion
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static Criterion spend(String amount) {
    return spend(new BigDecimal(amount));
  }

  /**
   * Returns a minimum number of purchases.
   *
   * @param count the count, positive
   * @return the criterion
   */
  public static Criterion purchases(long count) {
    return new Criterion(Metric.PURCHASES, BigDecimal.valueOf(count));
  }

  /**
   * Returns a minimum tenure.
   *
   * @param days the days since enrolment, positive
   * @return the criterion
   */
  public static Criterion tenureDays(long days) {
    return new Criterion(Metric.TENURE_DAYS, BigDecimal.valueOf(days));
  }

  /**
   * Returns a minimum of points.
   *
   * @param points the points, positive
   * @return the criterion
   */
  public static Criterion points(long points) {
    return new Criterion(Metric.POINTS, BigDecimal.valueOf(points));
  }

  /**
   * Returns whether metrics meet the criterion, that is reach the minimum.
   *
   * @param metrics the metrics
   * @return whether {@code value >= minimum}
   */
  public boolean isMetBy(TierMetrics metrics) {
    switch (metric) {
      case SPEND:
        return metrics.spend().compareTo(minimum) >= 0;
      case PURCHASES:
        return metrics.purchases() >= minimum.longValue();
      case TENURE_DAYS:
        return metrics.tenureDays() >= minimum.longValue();
      default:
        return metrics.points() >= minimum.longValue();
    }
  }

  /**
   * Returns how much is missing to meet the criterion.
   *
   * @param metrics the metrics
   * @return {@code max(0, minimum − value)}
   */
  public BigDecimal shortfall(TierMetrics metrics) {
    BigDecimal gap = minimum.subtract(metrics.value(metric));
    return gap.signum() > 0 ? Decimals.normalise(gap) : BigDecimal.ZERO;
  }

  /**
   * Returns a copy with another minimum.
   *
   * @param newMinimum the minimum
   * @return the copy
   * @throws IllegalArgumentException if the minimum is invalid for the metric
   */
  public Criterion withMinimum(BigDecimal newMinimum) {
    return new Criterion(metric, newMinimum);
  }
}
