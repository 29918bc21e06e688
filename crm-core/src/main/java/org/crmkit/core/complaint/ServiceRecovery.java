package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.Money;

/**
 * The service recovery (服务补救, seed 004) made for a complaint: the remedy, what it cost, and
 * whether the customer was retained. Immutable.
 *
 * @param remedy what was done
 * @param cost what it cost us, not negative, if known
 * @param retained whether the customer stayed
 * @param actor who recorded it, 1..64 characters of {@code [A-Za-z0-9._:@/-]}
 * @param recordedAt when it was recorded
 */
public record ServiceRecovery(Remedy remedy, Optional<Money> cost, boolean retained, String actor, Instant recordedAt) {

  /**
   * Validates the recovery.
   *
   * @throws IllegalArgumentException if the cost is negative or the actor malformed
   */
  public ServiceRecovery {
    requireNonNull(remedy, "remedy");
    requireNonNull(cost, "cost");
    cost.ifPresent(c -> checkArgument(!c.isNegative(), "cost must not be negative but was %s", c));
    Tokens.actor("actor", actor);
    requireNonNull(recordedAt, "recordedAt");
  }
}
