package org.crmkit.scoring.churn;

import java.time.Instant;
import org.crmkit.core.CustomerId;

/**
 * The result of assessing one customer: a {@link ChurnScore} or, for a customer who opted out of
 * automated decisions, {@link NotScored}. Java 17 has no pattern-matching switch: ask {@link
 * #isScored()} and cast, or use {@code instanceof}. Implementations are immutable.
 */
public sealed interface ChurnAssessment permits ChurnScore, NotScored {

  /** Returns the customer assessed. */
  CustomerId customerId();

  /** Returns the time of the assessment. */
  Instant asOf();

  /** Returns whether the customer was scored ({@link ChurnScore}) rather than {@link NotScored}. */
  boolean isScored();
}
