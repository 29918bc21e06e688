package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crmkit.scoring.math.BfgsMinimizer;
import org.crmkit.scoring.math.Hessians;
import org.crmkit.scoring.math.MinimizationResult;

/**
 * Maximum-likelihood estimation of the BG/NBD parameters. Stateless and thread-safe.
 *
 * <p>The negative log-likelihood (FHL 2005 eq. 6, evaluated with log-sum-exp) is minimised over the
 * log-parameters (ln r, ln α, ln a, ln b), so the parameters stay positive without constraints, by
 * {@link BfgsMinimizer} with the analytic gradient. Convergence: the largest gradient component
 * (in log-parameters) at most 10⁻⁹ · max(1, |ln L|), or an iteration that improves ln L by at
 * most 10⁻¹⁵ relative, or no further improvement along the search direction; at most 500
 * iterations, each moving a log-parameter by at most 5. The default start is r = a = b = 1 and α =
 * the mean age T (so that r / α is of the order of the observed purchase rate in any time unit).
 *
 * <p>Standard errors come from the inverse of the Hessian of the negative log-likelihood in the
 * natural parameters, by central differences of the analytic gradient.
 *
 * <p>The fit uses every row of the table, whatever the customers' consent: estimating four
 * population parameters is aggregate statistics, not a decision about a person (see {@link
 * org.crmkit.scoring.churn}).
 */
public final class BgNbdFitter {
  private static final BfgsMinimizer MINIMIZER = BfgsMinimizer.withDefaults()
      .withGradientTolerance(1e-9)
      .withFunctionTolerance(1e-15)
      .withMaxIterations(500)
      .withMaxStep(5.0);

  private BgNbdFitter() {}

  /**
   * Fits the model from the default start.
   *
   * @param table the customers, at least one
   * @return the fit
   * @throws IllegalArgumentException if the table is empty
   */
  public static BgNbdFit fit(FrequencyRecencyTable table) {
    requireNonNull(table, "table");
    return fit(table, defaultStart(table));
  }

  /**
   * Fits the model from a given start.
   *
   * @param table the customers, at least one
   * @param start the starting parameters
   * @return the fit; its log-likelihood is at least that of the start
   * @throws IllegalArgumentException if the table is empty or the likelihood is not finite at the start
   */
  public static BgNbdFit fit(FrequencyRecencyTable table, BgNbdParameters start) {
    requireNonNull(table, "table");
    requireNonNull(start, "start");
    checkArgument(table.size() > 0, "table must not be empty");
    BgNbdLikelihood likelihood = new BgNbdLikelihood(table);
    double[] phi = {Math.log(start.r()), Math.log(start.alpha()), Math.log(start.a()), Math.log(start.b())};
    MinimizationResult result = MINIMIZER.minimize(likelihood, phi);
    double[] best = result.point();
    BgNbdParameters parameters = new BgNbdParameters(Math.exp(best[0]), Math.exp(best[1]),
        Math.exp(best[2]), Math.exp(best[3]));
    return new BgNbdFit(parameters, -result.value(), standardErrors(likelihood, parameters),
        table.customers(), result.iterations(), result.evaluations(), result.convergence());
  }

  /**
   * Returns the log-likelihood of a table at given parameters.
   *
   * @param table the customers
   * @param parameters the parameters
   * @return Σ count · ln L(parameters | x, t<sub>x</sub>, T)
   */
  public static double logLikelihood(FrequencyRecencyTable table, BgNbdParameters parameters) {
    requireNonNull(table, "table");
    requireNonNull(parameters, "parameters");
    return new BgNbdLikelihood(table).logLikelihood(parameters.r(), parameters.alpha(),
        parameters.a(), parameters.b(), new double[4]);
  }

  /**
   * Returns the default starting point for a table: r = a = b = 1 and α = the customers' mean T
   * (1 if that is 0).
   *
   * @param table the customers
   * @return the start
   */
  public static BgNbdParameters defaultStart(FrequencyRecencyTable table) {
    double weighted = 0;
    for (int i = 0; i < table.size(); i++) {
      weighted += table.age(i) * table.count(i);
    }
    double meanAge = table.customers() == 0 ? 0 : weighted / table.customers();
    return new BgNbdParameters(1.0, meanAge > 0 ? meanAge : 1.0, 1.0, 1.0);
  }

  private static Optional<BgNbdStandardErrors> standardErrors(BgNbdLikelihood likelihood,
      BgNbdParameters p) {
    double[] theta = {p.r(), p.alpha(), p.a(), p.b()};
    double[][] hessian = Hessians.fromGradient(likelihood.natural(), theta);
    return Hessians.invertPositiveDefinite(hessian).flatMap(cov -> {
      for (int i = 0; i < 4; i++) {
        if (!(cov[i][i] >= 0) || !Double.isFinite(cov[i][i])) {
          return Optional.empty();
        }
      }
      return Optional.of(new BgNbdStandardErrors(Math.sqrt(cov[0][0]), Math.sqrt(cov[1][1]),
          Math.sqrt(cov[2][2]), Math.sqrt(cov[3][3])));
    });
  }
}
