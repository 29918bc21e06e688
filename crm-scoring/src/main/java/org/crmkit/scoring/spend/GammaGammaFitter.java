package org.crmkit.scoring.spend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crmkit.scoring.bgnbd.TransactionSummary;
import org.crmkit.scoring.math.BfgsMinimizer;
import org.crmkit.scoring.math.DifferentiableFunction;
import org.crmkit.scoring.math.Hessians;
import org.crmkit.scoring.math.MinimizationResult;
import org.crmkit.scoring.math.SpecialFunctions;

/**
 * Maximum-likelihood estimation of the Gamma-Gamma parameters from repeat customers. Stateless and
 * thread-safe.
 *
 * <p>Per customer with x ≥ 1 repeat transactions of mean value m̄ (Fader &amp; Hardie 2013,
 * with the Jacobian of the mean):
 *
 * <pre>
 *   ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(v + x m̄)
 * </pre>
 *
 * <p>Customers with x = 0 carry no information on spend (the value is measured on repeat
 * transactions) and are skipped. The negative log-likelihood is minimised over (ln p, ln q, ln v)
 * with the analytic gradient by {@link BfgsMinimizer} (gradient tolerance 10⁻⁹ relative,
 * function tolerance 10⁻¹⁵ relative, 500 iterations, steps of at most 5), from p = 1, q = 2, v =
 * the mean of m̄ (a start whose population mean equals the data's). Standard errors: inverse
 * Hessian by central differences of the gradient. The model assumes spend independent of
 * frequency; check that on your data (the correlation of x and m̄ should be near 0).
 */
public final class GammaGammaFitter {
  private static final BfgsMinimizer MINIMIZER = BfgsMinimizer.withDefaults().withGradientTolerance(1e-9).withMaxStep(5.0);

  private GammaGammaFitter() {}

  /**
   * Fits the model to the repeat customers of a calibration summary.
   *
   * @param summary the summary; rows with x = 0 are skipped
   * @return the fit
   * @throws IllegalArgumentException if there is no repeat customer or a repeat customer's mean
   *     value is not positive
   */
  public static GammaGammaFit fit(TransactionSummary summary) {
    requireNonNull(summary, "summary");
    int n = summary.size();
    int[] x = new int[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = summary.frequency(i);
      m[i] = summary.monetaryValue(i);
    }
    return fit(x, m);
  }

  /**
   * Fits the model to per-customer repeat counts and mean repeat values.
   *
   * @param frequency x per customer; rows with x = 0 are skipped
   * @param meanValue m̄ per customer, finite and &gt; 0 where x &gt; 0
   * @return the fit
   * @throws IllegalArgumentException if the lengths differ, there is no repeat customer, or a
   *     repeat customer's mean value is not finite and positive
   */
  public static GammaGammaFit fit(int[] frequency, double[] meanValue) {
    Likelihood likelihood = new Likelihood(frequency, meanValue);
    double meanOfMeans = 0;
    for (double v : likelihood.m) {
      meanOfMeans += v;
    }
    meanOfMeans /= likelihood.m.length;
    double[] start = {0.0, Math.log(2.0), Math.log(meanOfMeans)};
    MinimizationResult result = MINIMIZER.minimize(likelihood, start);
    double[] best = result.point();
    GammaGammaParameters parameters = new GammaGammaParameters(Math.exp(best[0]), Math.exp(best[1]), Math.exp(best[2]));
    return new GammaGammaFit(parameters, -result.value(), standardErrors(likelihood, parameters),
        likelihood.m.length, result.iterations(), result.evaluations(), result.convergence());
  }

  /**
   * Returns the log-likelihood of repeat customers at given parameters.
   *
   * @param frequency x per customer; rows with x = 0 are skipped
   * @param meanValue m̄ per customer
   * @param parameters the parameters
   * @return the summed log-likelihood
   * @throws IllegalArgumentException as for {@link #fit(int[], double[])}
   */
  public static double logLikelihood(int[] frequency, double[] meanValue, GammaGammaParameters parameters) {
    requireNonNull(parameters, "parameters");
    return new Likelihood(frequency, meanValue).logLikelihood(parameters.p(), parameters.q(), parameters.v(), new double[3]);
  }

  private static Optional<GammaGammaStandardErrors> standardErrors(Likelihood likelihood, GammaGammaParameters p) {
    DifferentiableFunction natural = (t, g) -> {
      double ll = likelihood.logLikelihood(t[0], t[1], t[2], g);
      for (int i = 0; i < 3; i++) {
        g[i] = -g[i];
      }
      return -ll;
    };
    double[][] h = Hessians.fromGradient(natural, new double[] {p.p(), p.q(), p.v()});
    return Hessians.invertPositiveDefinite(h).flatMap(cov ->
        cov[0][0] >= 0 && cov[1][1] >= 0 && cov[2][2] >= 0
            ? Optional.of(new GammaGammaStandardErrors(Math.sqrt(cov[0][0]), Math.sqrt(cov[1][1]), Math.sqrt(cov[2][2])))
            : Optional.empty());
  }

  /** The negative log-likelihood in log-parameters. Not thread-safe. */
  private static final class Likelihood implements DifferentiableFunction {
    private final double[] x;
    private final double[] m;
    private final double[] lnX;
    private final double[] lnM;
    private final double[] natural = new double[3];

    Likelihood(int[] frequency, double[] meanValue) {
      requireNonNull(frequency, "frequency");
      requireNonNull(meanValue, "meanValue");
      checkArgument(frequency.length == meanValue.length,
          "frequency and meanValue must have equal lengths but had %s and %s", frequency.length, meanValue.length);
      int repeat = 0;
      for (int i = 0; i < frequency.length; i++) {
        checkArgument(frequency[i] >= 0, "frequency must be >= 0 but was %s at %s", frequency[i], i);
        if (frequency[i] > 0) {
          checkArgument(meanValue[i] > 0 && meanValue[i] < Double.POSITIVE_INFINITY,
              "meanValue must be finite and > 0 for a repeat customer but was %s at %s", Double.valueOf(meanValue[i]), i);
          repeat++;
        }
      }
      checkArgument(repeat > 0, "there must be at least one customer with frequency > 0");
      x = new double[repeat];
      m = new double[repeat];
      lnX = new double[repeat];
      lnM = new double[repeat];
      int j = 0;
      for (int i = 0; i < frequency.length; i++) {
        if (frequency[i] > 0) {
          x[j] = frequency[i];
          m[j] = meanValue[i];
          lnX[j] = Math.log(x[j]);
          lnM[j] = Math.log(m[j]);
          j++;
        }
      }
    }

    double logLikelihood(double p, double q, double v, double[] gradient) {
      double lnV = Math.log(v);
      double lnGammaQ = SpecialFunctions.lnGamma(q);
      double psiQ = SpecialFunctions.digamma(q);
      double ll = 0;
      double gp = 0;
      double gq = 0;
      double gv = 0;
      for (int i = 0; i < x.length; i++) {
        double px = p * x[i];
        double s = v + x[i] * m[i];
        double lnS = Math.log(s);
        double psiPxq = SpecialFunctions.digamma(px + q);
        ll += SpecialFunctions.lnGamma(px + q) - SpecialFunctions.lnGamma(px) - lnGammaQ + q * lnV
            + (px - 1) * lnM[i] + px * lnX[i] - (px + q) * lnS;
        gp += x[i] * (psiPxq - SpecialFunctions.digamma(px) + lnM[i] + lnX[i] - lnS);
        gq += psiPxq - psiQ + lnV - lnS;
        gv += q / v - (px + q) / s;
      }
      gradient[0] = gp;
      gradient[1] = gq;
      gradient[2] = gv;
      return ll;
    }

    @Override
    public double evaluate(double[] phi, double[] gradient) {
      double p = Math.exp(phi[0]);
      double q = Math.exp(phi[1]);
      double v = Math.exp(phi[2]);
      if (!(p > 0 && q > 0 && v > 0) || Double.isInfinite(p) || Double.isInfinite(q) || Double.isInfinite(v)) {
        return Double.POSITIVE_INFINITY;
      }
      double ll = logLikelihood(p, q, v, natural);
      gradient[0] = -natural[0] * p;
      gradient[1] = -natural[1] * q;
      gradient[2] = -natural[2] * v;
      return -ll;
    }
  }
}
