package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.scoring.math.Hypergeometric;
import org.crmkit.scoring.math.SpecialFunctions;

/**
 * Predictions of a fitted BG/NBD model (Fader, Hardie &amp; Lee 2005; equation numbers below are
 * theirs). Times are in the unit the parameters were fitted in. Immutable and thread-safe.
 *
 * <p>Inputs are a customer's (x, t<sub>x</sub>, T) as in {@link FrequencyRecencyTable} and a
 * horizon t ≥ 0; all results are finite, never NaN: for an extreme history such as x = 1000,
 * t<sub>x</sub> = 10, T = 100 the probability of being alive underflows to exactly 0.
 */
public final class BgNbdModel {
  private final BgNbdParameters parameters;
  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final double lnA;
  private final double lnBetaAb;

  private BgNbdModel(BgNbdParameters parameters) {
    this.parameters = parameters;
    this.r = parameters.r();
    this.alpha = parameters.alpha();
    this.a = parameters.a();
    this.b = parameters.b();
    this.lnA = Math.log(a);
    this.lnBetaAb = SpecialFunctions.lnBeta(a, b);
  }

  /**
   * Returns the model with these parameters.
   *
   * @param parameters the parameters
   * @return the model
   */
  public static BgNbdModel of(BgNbdParameters parameters) {
    return new BgNbdModel(requireNonNull(parameters, "parameters"));
  }

  /** Returns the parameters. */
  public BgNbdParameters parameters() {
    return parameters;
  }

  /**
   * Returns the probability that a customer with this history is still active at T (Fader, Hardie
   * &amp; Lee 2008, "Computing P(alive) using the BG/NBD model", technical note):
   * 1 / (1 + δ<sub>x&gt;0</sub> · a / (b + x − 1) · ((α + T) / (α + t<sub>x</sub>))<sup>r+x</sup>),
   * computed through its logarithm. Exactly 1 when x = 0 (a customer can only drop out right
   * after a repeat purchase).
   *
   * @param x the frequency, ≥ 0
   * @param tx the recency, in [0, T], 0 when x = 0
   * @param age the age T, finite and ≥ 0
   * @return P(alive) in [0, 1]
   * @throws IllegalArgumentException if the history breaks the rules of {@link FrequencyRecencyTable}
   */
  public double probabilityAlive(int x, double tx, double age) {
    FrequencyRecencyTable.checkRow(0, x, tx, age, 1);
    return pAlive(x, tx, age);
  }

  double pAlive(int x, double tx, double age) {
    if (x == 0) {
      return 1.0;
    }
    // Two intrinsic logarithms are faster than log1p and lose nothing that matters here.
    double logOdds = lnA - Math.log(b + x - 1.0) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    return 1.0 / (1.0 + Math.exp(logOdds));
  }

  /**
   * Returns E[Y(t) | x, t<sub>x</sub>, T], the expected number of purchases in the next t time
   * units of a customer with this history (eq. 10):
   *
   * <pre>
   *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive)
   * </pre>
   *
   * <p>Evaluated without cancellation or a singularity at a = 1: with z = t/(α+T+t), L = ln(1 − z),
   * Euler's transformation gives ((α+T)/(α+T+t))^(r+x) ₂F₁(…) = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1;
   * a+b+x−1; z), whose parameters stay small however large x is; writing ₂F₁ = 1 + AB/C · R with
   * the {@linkplain Hypergeometric#reducedHyp2f1 reduced function} R, the bracket times
   * (a+b+x−1)/(a−1) becomes −C·L·exprel((a−1)L) − (1−z)^(a−1)·A·R(A, a−1; C; z) with A =
   * a+b−1−r and C = a+b+x−1.
   *
   * @param x the frequency, ≥ 0
   * @param tx the recency, in [0, T], 0 when x = 0
   * @param age the age T, finite and ≥ 0
   * @param horizon the horizon t, finite and ≥ 0
   * @return the expected number of purchases, ≥ 0
   * @throws IllegalArgumentException if the history breaks the table's row rules or the horizon is
   *     negative or not finite
   */
  public double expectedPurchases(int x, double tx, double age, double horizon) {
    FrequencyRecencyTable.checkRow(0, x, tx, age, 1);
    checkHorizon(horizon);
    return expectedIfAlive(x, age, horizon) * pAlive(x, tx, age);
  }

  /**
   * Returns E[X(t)], the expected number of repeat purchases in (0, t] of a customer who made a
   * first purchase at time 0 (eq. 9); the same as {@link #expectedPurchases(int, double, double,
   * double)} at x = t<sub>x</sub> = T = 0.
   *
   * @param horizon t, finite and ≥ 0
   * @return the expectation, ≥ 0
   * @throws IllegalArgumentException if the horizon is negative or not finite
   */
  public double expectedPurchases(double horizon) {
    checkHorizon(horizon);
    return expectedIfAlive(0, 0.0, horizon);
  }

  /** The expectation given the customer is alive at T (eq. 10 without its denominator). */
  double expectedIfAlive(int x, double age, double horizon) {
    if (horizon == 0) {
      return 0.0;
    }
    double s = alpha + age;
    double lnOneMinusZ = -Math.log1p(horizon / s);
    double z = horizon / (s + horizon);
    double bigA = a + b - 1.0 - r;
    double bigB = a - 1.0;
    double bigC = a + b + x - 1.0;
    double reduced = Hypergeometric.reducedHyp2f1(bigA, bigB, bigC, z);
    double value = -bigC * lnOneMinusZ * SpecialFunctions.exprel(bigB * lnOneMinusZ)
        - Math.exp(bigB * lnOneMinusZ) * bigA * reduced;
    return Math.max(0.0, value);
  }

  /**
   * Returns P(X(t) = n), the probability of exactly n repeat purchases in (0, t] for a customer
   * who made a first purchase at time 0 (eq. 8). The tail 1 − Σ<sub>j&lt;n</sub> NB(j) is the
   * regularised incomplete beta I<sub>t/(α+t)</sub>(n, r), so no terms are summed or cancelled.
   *
   * @param n the number of purchases, ≥ 0
   * @param horizon t, finite and ≥ 0
   * @return the probability, in [0, 1]
   * @throws IllegalArgumentException if n is negative or the horizon negative or not finite
   */
  public double probabilityOfPurchases(int n, double horizon) {
    checkArgument(n >= 0, "n must be >= 0 but was %s", n);
    checkHorizon(horizon);
    if (horizon == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    double lnStay = -r * Math.log1p(horizon / alpha); // r ln(α / (α + t))
    double q = horizon / (alpha + horizon);
    double lnNegativeBinomial = SpecialFunctions.lnGamma(r + n) - SpecialFunctions.lnGamma(r)
        - SpecialFunctions.lnGamma(n + 1.0) + lnStay + (n == 0 ? 0.0 : n * Math.log(q));
    double alive = Math.exp(SpecialFunctions.lnBeta(a, b + n) - lnBetaAb + lnNegativeBinomial);
    if (n == 0) {
      return alive;
    }
    double dropped = Math.exp(SpecialFunctions.lnBeta(a + 1.0, b + n - 1.0) - lnBetaAb)
        * SpecialFunctions.regularizedBeta(q, n, r);
    return Math.min(1.0, alive + dropped);
  }

  /**
   * Returns the log-likelihood of one customer's history (eq. 6, through log-sum-exp).
   *
   * @param x the frequency, ≥ 0
   * @param tx the recency, in [0, T], 0 when x = 0
   * @param age the age T, finite and ≥ 0
   * @return ln L(r, α, a, b | x, t<sub>x</sub>, T)
   * @throws IllegalArgumentException if the history breaks the table's row rules
   */
  public double logLikelihood(int x, double tx, double age) {
    FrequencyRecencyTable.checkRow(0, x, tx, age, 1);
    double common = SpecialFunctions.lnGamma(r + x) - SpecialFunctions.lnGamma(r) + r * Math.log(alpha)
        + SpecialFunctions.lnBeta(a, b + x) - lnBetaAb;
    double stillAlive = -(r + x) * Math.log(alpha + age);
    if (x == 0) {
      return common + stillAlive;
    }
    double droppedOut = lnA - Math.log(b + x - 1.0) - (r + x) * Math.log(alpha + tx);
    return common + SpecialFunctions.logSumExp(stillAlive, droppedOut);
  }

  /**
   * Scores every row of a table: P(alive) and the conditional expected purchases over a horizon,
   * written into the given arrays at the row's index. Allocation-free per row.
   *
   * @param table the customers
   * @param horizon t, finite and ≥ 0
   * @param probabilityAlive receives P(alive) per row; length at least {@code table.size()}
   * @param expectedPurchases receives E[Y(t) | …] per row; length at least {@code table.size()}
   * @throws IllegalArgumentException if the horizon is invalid or an array is too short
   */
  public void score(FrequencyRecencyTable table, double horizon, double[] probabilityAlive,
      double[] expectedPurchases) {
    requireNonNull(table, "table");
    checkHorizon(horizon);
    int n = table.size();
    checkArgument(probabilityAlive.length >= n, "probabilityAlive must have length >= %s but had %s", n, probabilityAlive.length);
    checkArgument(expectedPurchases.length >= n, "expectedPurchases must have length >= %s but had %s", n, expectedPurchases.length);
    int[] x = table.frequencies();
    double[] tx = table.recencies();
    double[] age = table.ages();
    // The expectation given alive depends on (x, T) only, which day-grained customers share: cache
    // it per call in an open-addressing table of at most 2^16 entries (then compute directly).
    int capacity = Integer.highestOneBit(Math.max(16, Math.min(n, 1 << 15)) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] keyX = new int[capacity];
    long[] keyAge = new long[capacity];
    double[] cached = new double[capacity];
    java.util.Arrays.fill(keyX, -1);
    int used = 0;
    int limit = capacity / 2;
    for (int i = 0; i < n; i++) {
      double p = pAlive(x[i], tx[i], age[i]);
      probabilityAlive[i] = p;
      if (p == 0.0) {
        expectedPurchases[i] = 0.0;
        continue;
      }
      long bits = Double.doubleToLongBits(age[i] + 0.0);
      long h = (bits ^ (bits >>> 31) ^ (x[i] * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
      int slot = (int) (h ^ (h >>> 32)) & mask;
      double e = Double.NaN;
      while (keyX[slot] >= 0) {
        if (keyX[slot] == x[i] && keyAge[slot] == bits) {
          e = cached[slot];
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (Double.isNaN(e)) {
        e = expectedIfAlive(x[i], age[i], horizon);
        if (keyX[slot] < 0 && used < limit) {
          keyX[slot] = x[i];
          keyAge[slot] = bits;
          cached[slot] = e;
          used++;
        }
      }
      expectedPurchases[i] = e * p;
    }
  }

  private static void checkHorizon(double horizon) {
    checkArgument(Double.isFinite(horizon) && horizon >= 0, "horizon must be finite and >= 0 but was %s", horizon);
  }

  @Override
  public String toString() {
    return "BgNbdModel[" + parameters + "]";
  }
}
