package org.crmkit.scoring.spend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crmkit.scoring.math.Convergence;

/**
 * The result of a Gamma-Gamma maximum-likelihood fit. Immutable.
 *
 * @param parameters the estimates
 * @param logLikelihood the maximised log-likelihood
 * @param standardErrors the standard errors, empty if the Hessian is not positive definite
 * @param customers the repeat customers fitted
 * @param iterations the optimiser's iterations
 * @param evaluations the likelihood evaluations
 * @param convergence why the optimiser stopped
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood,
    Optional<GammaGammaStandardErrors> standardErrors, int customers, int iterations,
    int evaluations, Convergence convergence) {

  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException if the log-likelihood is not finite or a count is negative
   */
  public GammaGammaFit {
    requireNonNull(parameters, "parameters");
    checkArgument(Double.isFinite(logLikelihood), "logLikelihood must be finite but was %s", logLikelihood);
    requireNonNull(standardErrors, "standardErrors");
    checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
    checkArgument(iterations >= 0 && evaluations >= 0, "iterations and evaluations must be >= 0 but were %s, %s", iterations, evaluations);
    requireNonNull(convergence, "convergence");
  }

  /** Returns the model of the fitted parameters. */
  public GammaGammaModel model() {
    return GammaGammaModel.of(parameters);
  }
}
