package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * Win-back results over a set of attempts: counts, total cost and total benefit. Immutable.
 *
 * @param attempts the attempts, ≥ 0
 * @param recovered the customers who came back, in [0, attempts]
 * @param cost the total cost, ≥ 0
 * @param benefit the total benefit, ≥ 0
 */
public record WinBackSummary(long attempts, long recovered, BigDecimal cost, BigDecimal benefit) {

  /** An empty summary. */
  public static final WinBackSummary EMPTY = new WinBackSummary(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * Validates the summary.
   *
   * @throws IllegalArgumentException if a count or amount is out of range
   */
  public WinBackSummary {
    checkArgument(attempts >= 0, "attempts must be >= 0 but was %s", attempts);
    checkArgument(recovered >= 0 && recovered <= attempts, "recovered must be in [0, %s] but was %s", attempts, recovered);
    checkArgument(requireNonNull(cost, "cost").signum() >= 0, "cost must be >= 0 but was %s", cost);
    checkArgument(requireNonNull(benefit, "benefit").signum() >= 0, "benefit must be >= 0 but was %s", benefit);
  }

  /**
   * Returns the return on investment (benefit − cost) / cost (seed 004: 投资回报率), empty when
   * nothing was spent.
   *
   * @return the ROI, e.g. 0.5 for a 50 % return
   */
  public OptionalDouble returnOnInvestment() {
    if (cost.signum() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(benefit.subtract(cost).divide(cost, MathContext.DECIMAL64).doubleValue());
  }

  /** Returns the share of attempts that recovered the customer, empty when there were none. */
  public OptionalDouble recoveryRate() {
    return attempts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) recovered / attempts);
  }

  WinBackSummary plus(WinBackSummary other) {
    return new WinBackSummary(Math.addExact(attempts, other.attempts), Math.addExact(recovered, other.recovered),
        cost.add(other.cost), benefit.add(other.benefit));
  }
}
