package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The follow-up rate (回访率, seed 001) of one account manager's customers in a period. Immutable.
 *
 * @param accountManager the manager, or empty for customers without one
 * @param customers the manager's active customers in the period
 * @param followedUp of those, how many had at least one follow-up in the period
 */
public record ManagerFollowUpRate(Optional<String> accountManager, long customers, long followedUp) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if {@code followedUp} is not in {@code [0, customers]}
   */
  public ManagerFollowUpRate {
    requireNonNull(accountManager, "accountManager");
    checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
    checkArgument(followedUp >= 0 && followedUp <= customers,
        "followedUp must be in [0, customers=%s] but was %s", customers, followedUp);
  }

  /** Returns followed up / customers, empty without customers. */
  public OptionalDouble rate() {
    return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) followedUp / customers);
  }
}
