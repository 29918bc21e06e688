package org.crmkit.scoring.stats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The standard normal distribution: CDF, quantile (inverse CDF) and the two-sided helpers that
 * confidence intervals and z-tests need. Stateless and thread-safe.
 *
 * <p>Accuracy: the complementary error function is computed from the series of Abramowitz &amp;
 * Stegun (1964) eq. 7.1.6 below 1 and from the continued fraction eq. 7.1.14 (evaluated with the
 * modified Lentz algorithm, Thompson &amp; Barnett 1986) from 1 up; the relative error stays
 * below 1e-14 over the whole range, including the far tail. The quantile starts from P. J.
 * Acklam's rational approximation (2003, relative error 1.15e-9) and takes one Halley step
 * against that CDF, as Acklam recommends, which brings it to full double precision.
 */
public final class Normal {
  private static final double SQRT_2 = Math.sqrt(2.0);
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

  // Acklam's coefficients: central region a/b, tails c/d.
  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02,
      -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02,
      -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01,
      -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01,
      2.445134137142996e+00, 3.754408661907416e+00};
  private static final double P_LOW = 0.02425;

  private Normal() {}

  /**
   * Returns the complementary error function {@code erfc(x) = 1 - erf(x)}.
   *
   * @param x any value; NaN gives NaN
   * @return erfc(x), in [0, 2]
   */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < 0) {
      return 2.0 - erfc(-x);
    }
    if (x < 1.0) {
      return 1.0 - erfSeries(x);
    }
    if (x > 27.3) {
      return 0.0; // below the smallest subnormal double
    }
    return erfcContinuedFraction(x);
  }

  /** A&amp;S 7.1.6: erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)); all terms positive. */
  private static double erfSeries(double x) {
    double twoXSquared = 2.0 * x * x;
    double term = x;
    double sum = x;
    for (int n = 1; n < 200; n++) {
      term *= twoXSquared / (2 * n + 1);
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    return 2.0 / SQRT_PI * Math.exp(-x * x) * sum;
  }

  /** A&amp;S 7.1.14: erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))). */
  private static double erfcContinuedFraction(double x) {
    final double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0.0;
    for (int n = 1; n < 1000; n++) {
      double a = n / 2.0;
      d = x + a * d;
      if (d == 0.0) {
        d = tiny;
      }
      c = x + a / c;
      if (c == 0.0) {
        c = tiny;
      }
      d = 1.0 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1.0) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / SQRT_PI / f;
  }

  /**
   * Returns the standard normal CDF, P(Z &lt;= z).
   *
   * @param z any value; infinities give 0 and 1, NaN gives NaN
   * @return the probability, in [0, 1]
   */
  public static double cdf(double z) {
    return 0.5 * erfc(-z / SQRT_2);
  }

  /**
   * Returns the standard normal quantile: the z with {@code cdf(z) == p}.
   *
   * @param p a probability
   * @return the quantile; {@code -Infinity} for 0 and {@code +Infinity} for 1
   * @throws IllegalArgumentException if p is not in [0, 1]
   */
  public static double quantile(double p) {
    checkArgument(p >= 0.0 && p <= 1.0, "p must be in [0, 1] but was %s", p);
    if (p == 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    if (p > 0.5) {
      return -quantile(1.0 - p); // exact for p >= 0.5 (Sterbenz), keeps the tail precise
    }
    double x;
    if (p < P_LOW) {
      double q = Math.sqrt(-2.0 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
    } else {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
    }
    // One step of Halley's method (Acklam's refinement).
    double e = cdf(x) - p;
    double u = e * SQRT_2PI * Math.exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
  }

  /**
   * Returns the two-sided critical value for a confidence level: the z with {@code P(|Z| <= z)
   * == confidence}, for example 1.959964 for 0.95.
   *
   * @param confidence the confidence level
   * @return the critical value, positive
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   */
  public static double twoSidedCriticalValue(double confidence) {
    checkConfidence(confidence);
    return -quantile((1.0 - confidence) / 2.0);
  }

  /**
   * Returns the two-sided p-value of a z statistic, {@code P(|Z| >= |z|)}.
   *
   * @param z the statistic; infinite gives 0
   * @return the p-value, in [0, 1]
   * @throws IllegalArgumentException if z is NaN
   */
  public static double twoSidedPValue(double z) {
    checkArgument(!Double.isNaN(z), "z must be a number but was %s", z);
    return Math.min(1.0, erfc(Math.abs(z) / SQRT_2));
  }

  /**
   * Checks a confidence level.
   *
   * @param confidence the level to check
   * @return the level
   * @throws IllegalArgumentException if it is not in (0, 1)
   */
  public static double checkConfidence(double confidence) {
    checkArgument(confidence > 0.0 && confidence < 1.0,
        "confidence must be in (0, 1) but was %s", confidence);
    return confidence;
  }
}
