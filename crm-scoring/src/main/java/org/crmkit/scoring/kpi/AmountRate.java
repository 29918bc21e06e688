package org.crmkit.scoring.kpi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A rate of amounts, such as the renewal rate by amount: what was renewed against what was due.
 * It can exceed 1 (an up-sell), so it has no Wilson interval. Immutable.
 *
 * @param achieved the amount achieved, not negative
 * @param due the amount due, positive
 * @param currency the currency of both
 * @param sampleSize how many items the amounts come from, at least 1
 */
public record AmountRate(BigDecimal achieved, BigDecimal due, Currency currency, long sampleSize) {

  /**
   * Validates the rate.
   *
   * @throws IllegalArgumentException if achieved is negative, due not positive or the sample empty
   */
  public AmountRate {
    requireNonNull(achieved, "achieved");
    requireNonNull(due, "due");
    requireNonNull(currency, "currency");
    checkArgument(achieved.signum() >= 0, "achieved must be >= 0 but was %s", achieved);
    checkArgument(due.signum() > 0, "due must be > 0 but was %s", due);
    checkArgument(sampleSize >= 1, "sampleSize must be >= 1 but was %s", sampleSize);
  }

  /** Returns {@code achieved / due}. */
  public double ratio() {
    return achieved.doubleValue() / due.doubleValue();
  }
}
