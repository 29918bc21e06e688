package org.crmkit.scoring.churn;

import java.util.List;

/** One factor's score and warnings, before weighting. Package-private. */
record FactorResult(HealthFactor factor, boolean applicable, double score, List<ChurnWarning> warnings) {

  static FactorResult notApplicable(HealthFactor factor) {
    return new FactorResult(factor, false, 100.0, List.of());
  }

  static double clamp(double value) {
    return Math.max(0.0, Math.min(100.0, value));
  }
}
