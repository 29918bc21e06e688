package org.crmkit.scoring.churn;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.crmkit.core.CustomerId;

/**
 * A customer's BG/NBD score: P(alive) and expected purchases over a horizon. Immutable.
 *
 * @param customerId the customer
 * @param asOf the time of the assessment
 * @param outlook the customer's (x, t<sub>x</sub>, T), P(alive) and expected purchases
 */
public record AliveScore(CustomerId customerId, Instant asOf, Outlook outlook) implements ProbabilisticAssessment {

  /** Rejects nulls. */
  public AliveScore {
    requireNonNull(customerId, "customerId");
    requireNonNull(asOf, "asOf");
    requireNonNull(outlook, "outlook");
  }

  @Override
  public boolean isScored() {
    return true;
  }
}
