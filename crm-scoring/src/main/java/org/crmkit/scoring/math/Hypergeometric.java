package org.crmkit.scoring.math;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The Gauss hypergeometric function <sub>2</sub>F<sub>1</sub>(a, b; c; z) for real arguments and
 * z &lt; 1, and its reduced form c (<sub>2</sub>F<sub>1</sub> − 1) / (ab). Stateless and
 * thread-safe.
 *
 * <p>Method, by region of z:
 *
 * <ul>
 *   <li>0 ≤ z ≤ 1/2: the defining series Σ (a)<sub>k</sub>(b)<sub>k</sub> / ((c)<sub>k</sub> k!)
 *       z<sup>k</sup> (A&amp;S 15.1.1), summed until a term no longer changes the sum; after the
 *       largest term the ratio of terms is below about z, so at most a few dozen terms follow.
 *   <li>1/2 &lt; z &lt; 1, where the series converges slowly: analytic continuation along the real
 *       axis. The value and derivative at 1/2 come from the series; then the function is
 *       re-expanded as a Taylor series about points z<sub>0</sub> = 1/2, 3/4, 7/8, …, each step
 *       going half way to the singular point 1, with the coefficients given by the
 *       hypergeometric differential equation z(1−z)F'' + [c − (a+b+1)z]F' − abF = 0 (A&amp;S
 *       15.5.1). Each step converges at least like 2<sup>−k</sup>, and about log<sub>2</sub>(1 /
 *       (1−z)) steps are needed, so z = 1 − 10<sup>−12</sup> costs about forty short series.
 *       Unlike the 1 − z connection formulas (A&amp;S 15.3.6) this has no special cases when c − a
 *       − b is an integer.
 *   <li>z &lt; 0: Pfaff's transformation <sub>2</sub>F<sub>1</sub>(a, b; c; z) = (1 − z)<sup>−a</sup>
 *       <sub>2</sub>F<sub>1</sub>(a, c − b; c; z / (z − 1)) (A&amp;S 15.3.4) maps z to [0, 1); of
 *       the two symmetric forms the one whose new series has the fewer sign changes is used.
 * </ul>
 *
 * <p>Accuracy is about 1e-14 relative when the terms do not change sign (a, b, c &gt; 0 and 0 ≤ z
 * &lt; 1, the case of the BG/NBD model); with mixed signs and large parameters cancellation can
 * cost digits. The result is ±∞ only when the true value is outside the double range, and never
 * NaN for valid arguments.
 */
public final class Hypergeometric {
  private static final double EPS = 0x1p-53;
  private static final double SERIES_LIMIT = 0.5;
  private static final int MAX_TERMS = 100_000;
  private static final int MAX_DIRECT_TERMS = 20_000_000;
  private static final double DIRECT_BUDGET = 600;
  private static final double CANCELLATION_LIMIT = 1e4;

  private Hypergeometric() {}

  /**
   * Returns <sub>2</sub>F<sub>1</sub>(a, b; c; z).
   *
   * @param a first numerator parameter, finite
   * @param b second numerator parameter, finite
   * @param c denominator parameter, finite and not 0, −1, −2, …
   * @param z the argument, finite and below 1
   * @return the function value
   * @throws IllegalArgumentException if an argument is not finite, c is a non-positive integer or
   *     z ≥ 1
   * @throws ArithmeticException if a series fails to converge in 100,000 terms (not seen for
   *     parameters below 10<sup>6</sup> in absolute value)
   */
  public static double hyp2f1(double a, double b, double c, double z) {
    checkArguments(a, b, c, z);
    if (z < 0) {
      double w = z / (z - 1.0);
      double lnScale = Math.log1p(-z);
      // Prefer the form whose new numerator parameters have the same sign (no alternation).
      boolean useA = a * (c - b) >= 0 || b * (c - a) < 0;
      return useA
          ? Math.exp(-a * lnScale) * continued(a, c - b, c, w, false)
          : Math.exp(-b * lnScale) * continued(b, c - a, c, w, false);
    }
    return continued(a, b, c, z, false);
  }

  /**
   * Returns the reduced function R(a, b; c; z) = c (<sub>2</sub>F<sub>1</sub>(a, b; c; z) − 1) / (ab),
   * continued to its limits where a, b or c is 0; that is the series Σ<sub>k≥1</sub>
   * (a+1)<sub>k−1</sub> (b+1)<sub>k−1</sub> / ((c+1)<sub>k−1</sub> k!) z<sup>k</sup>. Computing it
   * directly avoids the cancellation in F − 1 and the divisions by small a, b or c; the BG/NBD
   * conditional expectation needs exactly this, with b = a<sub>BG</sub> − 1, which is 0 when the
   * dropout Beta has a = 1. R satisfies the differential equation of F with right-hand side c,
   * which is how it is continued beyond z = 1/2.
   *
   * @param a first numerator parameter, finite
   * @param b second numerator parameter, finite
   * @param c denominator parameter, finite and not −1, −2, …
   * @param z the argument, in [0, 1)
   * @return R(a, b; c; z), 0 at z = 0
   * @throws IllegalArgumentException if an argument is not finite, c is an integer ≤ −1 or z is
   *     outside [0, 1)
   * @throws ArithmeticException if a series fails to converge (see {@link #hyp2f1})
   */
  public static double reducedHyp2f1(double a, double b, double c, double z) {
    checkArgument(Double.isFinite(a), "a must be finite but was %s", a);
    checkArgument(Double.isFinite(b), "b must be finite but was %s", b);
    checkArgument(Double.isFinite(c), "c must be finite but was %s", c);
    checkArgument(!(c <= -1 && c == Math.rint(c)), "c must not be a negative integer but was %s", c);
    checkArgument(Double.isFinite(z) && z >= 0 && z < 1, "z must be in [0, 1) but was %s", z);
    return continued(a, b, c, z, true);
  }

  private static void checkArguments(double a, double b, double c, double z) {
    checkArgument(Double.isFinite(a), "a must be finite but was %s", a);
    checkArgument(Double.isFinite(b), "b must be finite but was %s", b);
    checkArgument(Double.isFinite(c), "c must be finite but was %s", c);
    checkArgument(!(c <= 0 && c == Math.rint(c)), "c must not be 0 or a negative integer but was %s", c);
    checkArgument(Double.isFinite(z) && z < 1, "z must be finite and < 1 but was %s", z);
  }

  /**
   * Evaluates, for 0 ≤ z &lt; 1, F = 2F1 (L[F] = 0) or, if reduced, R = c (F − 1) / (ab) (L[R] =
   * c): by the series if it converges fast, else by Taylor steps of the equation L[y] = rhs.
   */
  private static double continued(double a, double b, double c, double z, boolean reduced) {
    if (z <= SERIES_LIMIT) {
      return seriesValue(a, b, c, z, reduced);
    }
    double[] valueAndSlope = new double[2];
    if (estimatedSeriesTerms(a + b - c - 1.0, z) <= DIRECT_BUDGET) {
      series(a, b, c, z, reduced, MAX_TERMS, valueAndSlope);
      return valueAndSlope[0];
    }
    double viaSteps = taylorSteps(a, b, c, z, reduced, valueAndSlope);
    if (!Double.isNaN(viaSteps)) {
      return viaSteps;
    }
    // Large parameters made the Taylor steps cancel: the direct series is slow but exact.
    series(a, b, c, z, reduced, MAX_DIRECT_TERMS, valueAndSlope);
    return valueAndSlope[0];
  }

  /**
   * Estimates the terms the series needs at z when its terms behave like k^s z^k (s = a + b − c −
   * 1 for F and for H): the smallest k with s ln k + k ln z below ln 2^-53.
   */
  private static double estimatedSeriesTerms(double s, double z) {
    double lnZ = Math.log(z);
    double target = -37.0;
    double k = target / lnZ;
    for (int i = 0; i < 4; i++) {
      k = Math.max(1.0, (target - s * Math.log(k)) / lnZ);
    }
    return k;
  }

  /** Continuation by Taylor steps from 1/2; NaN if cancellation destroyed the precision. */
  private static double taylorSteps(double a, double b, double c, double z, boolean reduced,
      double[] valueAndSlope) {
    double rhs = reduced ? c : 0.0;
    double z0 = SERIES_LIMIT;
    series(a, b, c, z0, reduced, MAX_TERMS, valueAndSlope);
    double y = valueAndSlope[0];
    double dy = valueAndSlope[1];
    double q1 = -(a + b + 1.0);
    double r = -a * b;
    while (z0 < z && Double.isFinite(y) && Double.isFinite(dy)) {
      double h = Math.min(z - z0, 0.5 * (1.0 - z0));
      if (z - z0 - h < 1e-3 * (1.0 - z0)) {
        h = z - z0; // take the last sliver in this step; the ratio stays below 0.501
      }
      double p0 = z0 * (1.0 - z0);
      double p1 = 1.0 - 2.0 * z0;
      double q0 = c - (a + b + 1.0) * z0;
      // y(z0 + s) = sum d_n s^n with z(1-z) = p0 + p1 s - s^2 and c - (a+b+1)z = q0 + q1 s. The
      // scaled coefficients e_n = d_n h^n stay of the order of the terms (d_n alone overflows and
      // h^n underflows close to 1).
      double h2 = h * h;
      double ePrev = y;
      double eCur = dy * h;
      double value = ePrev + eCur;
      double slope = dy;
      int small = 0;
      double largest = Math.max(Math.abs(ePrev), Math.abs(eCur));
      for (int n = 0; n < MAX_TERMS && small < 2; n++) {
        double next = ((n == 0 ? rhs * h2 : 0.0) - (p1 * n + q0) * (n + 1) * eCur * h
            - (q1 * n + r - n * (n - 1.0)) * ePrev * h2) / (p0 * (n + 2) * (n + 1));
        double termSlope = (n + 2) * next / h;
        value += next;
        slope += termSlope;
        largest = Math.max(largest, Math.abs(next));
        ePrev = eCur;
        eCur = next;
        boolean negligible = Math.abs(next) <= EPS * Math.abs(value)
            && Math.abs(termSlope) <= EPS * Math.abs(slope);
        small = negligible ? small + 1 : 0;
      }
      if (small < 2 || largest > CANCELLATION_LIMIT * Math.abs(value)) {
        return Double.NaN;
      }
      y = value;
      dy = slope;
      z0 += h;
    }
    return y;
  }

  /** The series' value alone at 0 ≤ z ≤ 1/2, where it converges at least like 2^-k: no allocation. */
  private static double seriesValue(double a, double b, double c, double z, boolean reduced) {
    int k = reduced ? 1 : 0;
    double term = reduced ? z : 1.0;
    double sum = term;
    for (; k < MAX_TERMS; k++) {
      double factor = (a + k) * (b + k) / ((c + k) * (k + 1.0));
      term *= factor * z;
      sum += term;
      if (factor == 0.0 || (Math.abs(factor * z) < 1 && Math.abs(term) <= EPS * Math.abs(sum))) {
        return sum;
      }
      if (!Double.isFinite(sum)) {
        return sum;
      }
    }
    throw new ArithmeticException("hypergeometric series did not converge at z=" + z);
  }

  /**
   * Series of F = 2F1 or, if reduced, of R = c (F − 1) / (ab), with the derivative: out = {value,
   * derivative}.
   */
  private static void series(double a, double b, double c, double z, boolean reduced, int maxTerms,
      double[] out) {
    // F: term_0 = 1; R: term_1 = z. Both then grow by the same ratio (a+k)(b+k) z / ((c+k)(k+1)).
    // The derivative term of index k+1 is (k+1) term_k (a+k)(b+k) / ((c+k)(k+1)), which needs no
    // division by z.
    int k = reduced ? 1 : 0;
    double term = reduced ? z : 1.0;
    double sum = term;
    double slope = reduced ? 1.0 : 0.0;
    int small = 0;
    for (; k < maxTerms && small < 2; k++) {
      double factor = (a + k) * (b + k) / ((c + k) * (k + 1.0));
      if (factor == 0.0) {
        small = 2; // a polynomial: a or b is a non-positive integer
        break;
      }
      double dTerm = term * factor * (k + 1.0);
      term *= factor * z;
      sum += term;
      slope += dTerm;
      if (!Double.isFinite(sum) || !Double.isFinite(slope)) {
        small = 2;
        break;
      }
      boolean negligible = Math.abs(factor * z) < 1 && Math.abs(term) <= EPS * Math.abs(sum)
          && Math.abs(dTerm) <= EPS * Math.abs(slope);
      small = negligible ? small + 1 : 0;
    }
    if (small < 2) {
      throw new ArithmeticException("hypergeometric series did not converge at z=" + z);
    }
    out[0] = sum;
    out[1] = slope;
  }
}
