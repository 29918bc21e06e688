package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crmkit.scoring.math.Convergence;

/**
 * The result of a BG/NBD maximum-likelihood fit. Immutable.
 *
 * @param parameters the estimates
 * @param logLikelihood the maximised log-likelihood, summed over customers
 * @param standardErrors the standard errors, empty if the Hessian at the optimum is not positive
 *     definite (a flat or boundary optimum)
 * @param customers the number of customers fitted (the sum of the table's counts)
 * @param iterations the optimiser's iterations
 * @param evaluations the likelihood evaluations, line searches included
 * @param convergence why the optimiser stopped
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood,
    Optional<BgNbdStandardErrors> standardErrors, long customers, int iterations, int evaluations,
    Convergence convergence) {

  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException if the log-likelihood is not finite or a count is negative
   */
  public BgNbdFit {
    requireNonNull(parameters, "parameters");
    checkArgument(Double.isFinite(logLikelihood), "logLikelihood must be finite but was %s", logLikelihood);
    requireNonNull(standardErrors, "standardErrors");
    checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
    checkArgument(iterations >= 0, "iterations must be >= 0 but was %s", iterations);
    checkArgument(evaluations >= 0, "evaluations must be >= 0 but was %s", evaluations);
    requireNonNull(convergence, "convergence");
  }

  /** Returns the model of the fitted parameters. */
  public BgNbdModel model() {
    return BgNbdModel.of(parameters);
  }
}
