package org.crmkit.scoring.churn;

import java.time.Instant;
import org.crmkit.core.CustomerId;

/**
 * The result of scoring one customer with the BG/NBD model alone ({@link ProbabilityAliveScorer}):
 * an {@link AliveScore} or, for a customer who opted out of automated decisions, {@link NotScored}.
 * Implementations are immutable.
 */
public sealed interface ProbabilisticAssessment permits AliveScore, NotScored {

  /** Returns the customer. */
  CustomerId customerId();

  /** Returns the time of the assessment. */
  Instant asOf();

  /** Returns whether the customer was scored ({@link AliveScore}) rather than {@link NotScored}. */
  boolean isScored();
}
