package org.crmkit.scoring.churn;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * A scored customer: the health score with its breakdown, the warnings (most severe first) and,
 * if the engine has a BG/NBD model, the probabilistic outlook. Immutable.
 *
 * @param customerId the customer
 * @param asOf the time of the assessment
 * @param health the health score
 * @param warnings the warnings, most severe first, empty if none
 * @param outlook the BG/NBD outlook, if a model was configured
 */
public record ChurnScore(CustomerId customerId, Instant asOf, HealthScore health, List<ChurnWarning> warnings,
    Optional<Outlook> outlook) implements ChurnAssessment {

  /** Rejects nulls and copies the warnings. */
  public ChurnScore {
    requireNonNull(customerId, "customerId");
    requireNonNull(asOf, "asOf");
    requireNonNull(health, "health");
    warnings = List.copyOf(warnings);
    requireNonNull(outlook, "outlook");
  }

  @Override
  public boolean isScored() {
    return true;
  }

  /** Returns the highest severity among the warnings, if there are any. */
  public Optional<Severity> highestSeverity() {
    return warnings.stream().map(ChurnWarning::severity).max(Enum::compareTo);
  }
}
