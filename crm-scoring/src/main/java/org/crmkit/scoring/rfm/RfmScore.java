package org.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.core.CustomerId;

/**
 * One customer's RFM scores, each 1–5 with 5 best. Immutable.
 *
 * @param customerId the customer
 * @param recency the R score: 5 for the most recent fifth
 * @param frequency the F score: 5 for the most frequent fifth
 * @param monetary the M score: 5 for the highest spending fifth
 */
public record RfmScore(CustomerId customerId, int recency, int frequency, int monetary) {

  /**
   * Validates the scores.
   *
   * @throws IllegalArgumentException if a score is not in [1, 5]
   */
  public RfmScore {
    requireNonNull(customerId, "customerId");
    checkArgument(recency >= 1 && recency <= 5, "recency must be in [1, 5] but was %s", recency);
    checkArgument(frequency >= 1 && frequency <= 5, "frequency must be in [1, 5] but was %s", frequency);
    checkArgument(monetary >= 1 && monetary <= 5, "monetary must be in [1, 5] but was %s", monetary);
  }

  /** Returns the cell code {@code R·100 + F·10 + M}, for example 545. */
  public int cell() {
    return recency * 100 + frequency * 10 + monetary;
  }

  /** Returns the named segment of the R and F scores. */
  public RfmSegment segment() {
    return RfmSegment.of(recency, frequency);
  }
}
