package org.crmkit.scoring.spend;

import static java.util.Objects.requireNonNull;

import org.crmkit.scoring.bgnbd.BgNbdModel;

/**
 * The discounted expected value of a customer's future purchases over a horizon. Immutable and
 * thread-safe.
 *
 * <p>With n periods of length Δ and discount rate d per period (a {@link DiscountedHorizon}):
 *
 * <pre>
 *   CLV = E[M | x, m̄] · Σ_{i=1..n} ( E[Y(iΔ) | x, t_x, T] − E[Y((i−1)Δ) | x, t_x, T] ) / (1 + d)^i
 * </pre>
 *
 * <p>E[M | x, m̄] is the Gamma-Gamma {@linkplain GammaGammaModel#conditionalExpectedAverageSpend
 * expected mean spend}, E[Y(t) | …] the BG/NBD {@linkplain BgNbdModel#expectedPurchases(int,
 * double, double, double) conditional expected purchases}; each period's expected purchases are
 * discounted at its end. This is the discounted-expected-transactions view of CLV of Fader,
 * Hardie &amp; Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis",
 * <i>J. Marketing Research</i> 42(4) (value = expected spend × discounted expected transactions,
 * spend independent of the transaction process), in the discrete-period form of the lifetimes
 * library's {@code customer_lifetime_value} (C. Davidson-Pilon). The result is revenue in the
 * money unit of m̄; multiply by a margin for profit.
 */
public final class CustomerLifetimeValue {
  private final BgNbdModel transactions;
  private final GammaGammaModel spend;
  private final DiscountedHorizon horizon;
  private final double[] discount;

  private CustomerLifetimeValue(BgNbdModel transactions, GammaGammaModel spend, DiscountedHorizon horizon) {
    this.transactions = transactions;
    this.spend = spend;
    this.horizon = horizon;
    this.discount = new double[horizon.periods()];
    double factor = 1.0;
    for (int i = 0; i < discount.length; i++) {
      factor /= 1.0 + horizon.discountRate();
      discount[i] = factor;
    }
  }

  /**
   * Returns the calculator for two fitted models and a horizon.
   *
   * @param transactions the BG/NBD model, in the time unit of the horizon's period length
   * @param spend the Gamma-Gamma model
   * @param horizon the horizon and discount rate
   * @return the calculator
   */
  public static CustomerLifetimeValue of(BgNbdModel transactions, GammaGammaModel spend, DiscountedHorizon horizon) {
    return new CustomerLifetimeValue(requireNonNull(transactions, "transactions"),
        requireNonNull(spend, "spend"), requireNonNull(horizon, "horizon"));
  }

  /** Returns the horizon. */
  public DiscountedHorizon horizon() {
    return horizon;
  }

  /**
   * Returns Σ<sub>i</sub> (E[Y(iΔ)] − E[Y((i−1)Δ)]) / (1 + d)<sup>i</sup>, the discounted
   * expected number of purchases over the horizon.
   *
   * @param x the frequency
   * @param tx the recency
   * @param age the age T
   * @return the discounted expected purchases, ≥ 0
   * @throws IllegalArgumentException if the history is invalid (see {@link BgNbdModel})
   */
  public double discountedExpectedPurchases(int x, double tx, double age) {
    double previous = 0;
    double sum = 0;
    for (int i = 0; i < discount.length; i++) {
      double cumulative = transactions.expectedPurchases(x, tx, age, (i + 1) * horizon.periodLength());
      sum += Math.max(0.0, cumulative - previous) * discount[i];
      previous = Math.max(previous, cumulative);
    }
    return sum;
  }

  /**
   * Returns the customer's lifetime value over the horizon (formula in the class description).
   *
   * @param x the frequency (repeat purchases)
   * @param tx the recency
   * @param age the age T
   * @param meanValue the mean value of the repeat purchases, &gt; 0 when x &gt; 0
   * @return the value, ≥ 0; +∞ if the expected spend does not exist (see {@link
   *     GammaGammaModel#conditionalExpectedAverageSpend})
   * @throws IllegalArgumentException if the history or the mean value is invalid
   */
  public double value(int x, double tx, double age, double meanValue) {
    double perPurchase = spend.conditionalExpectedAverageSpend(x, meanValue);
    double purchases = discountedExpectedPurchases(x, tx, age);
    return purchases == 0 ? 0.0 : perPurchase * purchases;
  }
}
