package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An exclusive discount (专属折扣) in percent. Immutable.
 *
 * @param percent the discount, in (0, 100] (trailing zeros stripped)
 */
public record DiscountBenefit(BigDecimal percent) implements Benefit {

  /**
   * Validates the discount.
   *
   * @throws IllegalArgumentException if percent is not in (0, 100]
   */
  public DiscountBenefit {
    requireNonNull(percent, "percent");
    checkArgument(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
        "percent must be in (0, 100] but was %s", percent);
    percent = Decimals.normalise(percent);
  }

  /**
   * Returns a discount.
   *
   * @param percent the discount as decimal text, for example {@code "5"}
   * @return the benefit
   */
  public static DiscountBenefit of(String percent) {
    return new DiscountBenefit(new BigDecimal(percent));
  }

  @Override
  public String describe() {
    return percent.toPlainString() + "% discount";
  }
}
