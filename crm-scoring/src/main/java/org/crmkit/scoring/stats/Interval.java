package org.crmkit.scoring.stats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A closed interval {@code [low, high]} of finite numbers, such as a confidence interval.
 * Immutable.
 *
 * @param low the lower bound, finite
 * @param high the upper bound, finite and not below {@code low}
 */
public record Interval(double low, double high) {

  /**
   * Validates the bounds.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code low > high}
   */
  public Interval {
    checkArgument(Double.isFinite(low), "low must be finite but was %s", low);
    checkArgument(Double.isFinite(high), "high must be finite but was %s", high);
    checkArgument(low <= high, "low must be <= high but was %s > %s", low, high);
  }

  /**
   * Returns the interval between two bounds.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return the interval
   * @throws IllegalArgumentException if a bound is not finite or {@code low > high}
   */
  public static Interval of(double low, double high) {
    return new Interval(low, high);
  }

  /**
   * Returns {@code center ± halfWidth}, clipped to {@code [min, max]}.
   *
   * @param center the centre
   * @param halfWidth the half width, not negative
   * @param min the smallest allowed bound
   * @param max the largest allowed bound
   * @return the clipped interval
   * @throws IllegalArgumentException if a value is not finite, halfWidth is negative or min &gt; max
   */
  public static Interval around(double center, double halfWidth, double min, double max) {
    checkArgument(halfWidth >= 0, "halfWidth must be >= 0 but was %s", halfWidth);
    checkArgument(min <= max, "min must be <= max but was %s > %s", min, max);
    double low = Math.max(min, Math.min(max, center - halfWidth));
    double high = Math.max(min, Math.min(max, center + halfWidth));
    return new Interval(low, high);
  }

  /** Returns {@code high - low}. */
  public double width() {
    return high - low;
  }

  /** Returns the midpoint. */
  public double midpoint() {
    return low + (high - low) / 2.0;
  }

  /**
   * Returns whether a value lies in the interval, bounds included.
   *
   * @param value the value
   * @return whether {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /**
   * Returns the interval with both bounds multiplied by a positive factor, for example 100 to go
   * from a share to a percentage.
   *
   * @param factor the factor, positive and finite
   * @return the scaled interval
   * @throws IllegalArgumentException if the factor is not positive and finite
   */
  public Interval scaledBy(double factor) {
    checkArgument(factor > 0 && Double.isFinite(factor),
        "factor must be positive and finite but was %s", factor);
    return new Interval(low * factor, high * factor);
  }
}
