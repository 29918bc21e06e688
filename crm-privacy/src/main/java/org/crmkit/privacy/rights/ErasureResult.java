package org.crmkit.privacy.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.core.CustomerId;

/**
 * What an erasure did. Immutable.
 *
 * @param customerId the erased customer
 * @param placeholder the anonymous customer the kept records now belong to
 * @param keptRecords accounting records re-pointed to the placeholder
 * @param deletedInteractions interactions deleted
 */
public record ErasureResult(CustomerId customerId, CustomerId placeholder, int keptRecords,
    int deletedInteractions) {
  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public ErasureResult {
    requireNonNull(customerId, "customerId");
    requireNonNull(placeholder, "placeholder");
    checkArgument(keptRecords >= 0, "keptRecords must be >= 0 but was %s", keptRecords);
    checkArgument(deletedInteractions >= 0, "deletedInteractions must be >= 0 but was %s",
        deletedInteractions);
  }
}
