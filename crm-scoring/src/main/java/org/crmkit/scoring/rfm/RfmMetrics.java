package org.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.crmkit.core.CustomerId;

/**
 * One customer's RFM measures as of a day. Immutable.
 *
 * @param customerId the customer
 * @param recencyDays days from the last purchase day to the as-of day, not negative
 * @param frequency the number of distinct purchase days, at least 1
 * @param monetary net spend, not negative
 */
public record RfmMetrics(CustomerId customerId, long recencyDays, long frequency, BigDecimal monetary) {

  /**
   * Validates the measures.
   *
   * @throws IllegalArgumentException if recency or monetary is negative or frequency below 1
   */
  public RfmMetrics {
    requireNonNull(customerId, "customerId");
    requireNonNull(monetary, "monetary");
    checkArgument(recencyDays >= 0, "recencyDays must be >= 0 but was %s", recencyDays);
    checkArgument(frequency >= 1, "frequency must be >= 1 but was %s", frequency);
    checkArgument(monetary.signum() >= 0, "monetary must be >= 0 but was %s", monetary);
  }

  /**
   * Returns measures.
   *
   * @param customerId the customer
   * @param recencyDays days since the last purchase
   * @param frequency distinct purchase days
   * @param monetary net spend
   * @return the measures
   */
  public static RfmMetrics of(CustomerId customerId, long recencyDays, long frequency, BigDecimal monetary) {
    return new RfmMetrics(customerId, recencyDays, frequency, monetary);
  }
}
