package org.crmkit.scoring.spend;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The horizon of a lifetime value: a number of periods of equal length (in the time unit of the
 * transaction model, e.g. 4.345 weeks for a month) and a discount rate per period. Immutable.
 *
 * @param periods the number of periods, 1 to 100,000
 * @param periodLength the length of one period in model time units, finite and &gt; 0
 * @param discountRate the discount rate per period, finite and ≥ 0 (0.01 is 1 % per period)
 */
public record DiscountedHorizon(int periods, double periodLength, double discountRate) {

  /**
   * Validates the horizon.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public DiscountedHorizon {
    checkArgument(periods >= 1 && periods <= 100_000, "periods must be in [1, 100000] but was %s", periods);
    checkArgument(periodLength > 0 && periodLength < Double.POSITIVE_INFINITY,
        "periodLength must be finite and > 0 but was %s", periodLength);
    checkArgument(discountRate >= 0 && discountRate < Double.POSITIVE_INFINITY,
        "discountRate must be finite and >= 0 but was %s", discountRate);
  }

  /**
   * Returns a horizon.
   *
   * @param periods the number of periods
   * @param periodLength the period length in model time units
   * @param discountRate the discount rate per period
   * @return the horizon
   * @throws IllegalArgumentException if a value is out of range
   */
  public static DiscountedHorizon of(int periods, double periodLength, double discountRate) {
    return new DiscountedHorizon(periods, periodLength, discountRate);
  }
}
