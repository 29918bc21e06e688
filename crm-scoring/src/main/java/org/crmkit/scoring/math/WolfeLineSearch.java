package org.crmkit.scoring.math;

/**
 * The strong-Wolfe line search of {@link BfgsMinimizer} (Nocedal &amp; Wright Algorithms 3.5 and
 * 3.6, c₁ = 10⁻⁴, c₂ = 0.9): bracketing by doubling, then zooming by safeguarded quadratic
 * interpolation; points where the function is not finite count as too far. Counts evaluations.
 * Package-private; not thread-safe (scratch arrays).
 */
final class WolfeLineSearch {
  private static final double C1 = 1e-4;
  private static final double C2 = 0.9;
  private static final int MAX_LINE_SEARCH = 40;
  // Twenty halvings shrink the bracket a millionfold; below that, rounding decides, not the function.
  private static final int MAX_ZOOM = 20;

  private final DifferentiableFunction function;
  private final double[] trial;
  private final double[] trialGradient;
  private int evaluations;

  WolfeLineSearch(DifferentiableFunction function, int n) {
    this.function = function;
    this.trial = new double[n];
    this.trialGradient = new double[n];
  }

  double evaluate(double[] x, double[] gradient) {
    evaluations++;
    double value = function.evaluate(x, gradient);
    return Double.isNaN(value) || !isFinite(gradient) ? Double.POSITIVE_INFINITY : value;
  }

  /** φ(α) = f(x + αp); fills trialGradient and returns φ; dφ is trialGradient·p. */
  private double phi(double[] x, double[] p, double alpha) {
    for (int i = 0; i < x.length; i++) {
      trial[i] = x[i] + alpha * p[i];
    }
    return evaluate(trial, trialGradient);
  }

  /**
   * Strong-Wolfe line search (N&amp;W Algorithm 3.5 with zoom 3.6). Writes the accepted point
   * and gradient and returns its value, or NaN if no point with sufficient decrease was found.
   */
  double lineSearch(double[] x, double f0, double[] g0, double[] p, double slope0, double alpha1,
      double alphaMax, double[] xOut, double[] gOut) {
    double alphaPrev = 0;
    double phiPrev = f0;
    double dphiPrev = slope0;
    double alpha = alpha1;
    double bestAlpha = Double.NaN;
    double bestPhi = f0;
    for (int i = 0; i < MAX_LINE_SEARCH; i++) {
      double phi = phi(x, p, alpha);
      double dphi = dot(trialGradient, p);
      if (phi <= f0 + C1 * alpha * slope0 && phi < bestPhi) {
        bestAlpha = alpha;
        bestPhi = phi;
        store(xOut, gOut);
      }
      if (!(phi <= f0 + C1 * alpha * slope0) || (i > 0 && phi >= phiPrev)) {
        return zoom(x, f0, p, slope0, alphaPrev, phiPrev, dphiPrev, alpha, phi, bestAlpha, bestPhi, xOut, gOut);
      }
      if (Math.abs(dphi) <= -C2 * slope0) {
        store(xOut, gOut);
        return phi;
      }
      if (dphi >= 0) {
        return zoom(x, f0, p, slope0, alpha, phi, dphi, alphaPrev, phiPrev, bestAlpha, bestPhi, xOut, gOut);
      }
      if (alpha >= alphaMax) {
        store(xOut, gOut);
        return phi; // sufficient decrease at the largest step allowed
      }
      alphaPrev = alpha;
      phiPrev = phi;
      dphiPrev = dphi;
      alpha = Math.min(2.0 * alpha, alphaMax);
    }
    return Double.isNaN(bestAlpha) ? Double.NaN : bestPhi;
  }

  private double zoom(double[] x, double f0, double[] p, double slope0, double lo, double phiLo,
      double dphiLo, double hi, double phiHi, double bestAlpha, double bestPhi, double[] xOut,
      double[] gOut) {
    for (int i = 0; i < MAX_ZOOM; i++) {
      double width = hi - lo;
      double alpha;
      double denominator = 2.0 * (phiHi - phiLo - dphiLo * width);
      if (Double.isFinite(phiHi) && denominator > 0) {
        alpha = lo - dphiLo * width * width / denominator;
      } else {
        alpha = lo + 0.5 * width;
      }
      double low = Math.min(lo, hi) + 0.1 * Math.abs(width);
      double high = Math.max(lo, hi) - 0.1 * Math.abs(width);
      if (!(alpha >= low && alpha <= high)) {
        alpha = lo + 0.5 * width;
      }
      if (alpha == lo || alpha == hi) {
        break; // the interval has collapsed to rounding
      }
      double phi = phi(x, p, alpha);
      double dphi = dot(trialGradient, p);
      boolean sufficient = phi <= f0 + C1 * alpha * slope0;
      if (sufficient && phi < bestPhi) {
        bestAlpha = alpha;
        bestPhi = phi;
        store(xOut, gOut);
      }
      if (!sufficient || phi >= phiLo) {
        hi = alpha;
        phiHi = phi;
      } else {
        if (Math.abs(dphi) <= -C2 * slope0) {
          store(xOut, gOut);
          return phi;
        }
        if (dphi * (hi - lo) >= 0) {
          hi = lo;
          phiHi = phiLo;
        }
        lo = alpha;
        phiLo = phi;
        dphiLo = dphi;
      }
    }
    return Double.isNaN(bestAlpha) ? Double.NaN : bestPhi;
  }

  private void store(double[] xOut, double[] gOut) {
    System.arraycopy(trial, 0, xOut, 0, trial.length);
    System.arraycopy(trialGradient, 0, gOut, 0, trial.length);
  }

  int evaluations() {
    return evaluations;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static boolean isFinite(double[] v) {
    for (double x : v) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
