package org.crmkit.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;

/**
 * One entry of the operation log: who did what to which customer when, and the names of the
 * fields that changed — never their values. Immutable.
 *
 * @param sequence the position in the log, assigned by {@link AuditLog#append} (0 before that)
 * @param at when
 * @param actor who (a user or system id), 1..64 characters of {@code [A-Za-z0-9._:@/-]}
 * @param action what
 * @param customerId the customer acted on (for a merge, the survivor)
 * @param changedFields the names of the changed fields, sorted
 * @param relatedCustomerId for a merge, the customer merged away
 */
public record AuditEntry(long sequence, Instant at, String actor, AuditAction action,
    CustomerId customerId, Set<String> changedFields, Optional<CustomerId> relatedCustomerId) {
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._:@/-]{1,64}");
  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,63}");

  /**
   * Validates the entry.
   *
   * @throws IllegalArgumentException if the sequence is negative, the actor malformed, a field name
   *     malformed, or a merge has no related customer
   */
  public AuditEntry {
    checkArgument(sequence >= 0, "sequence must be >= 0 but was %s", sequence);
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    checkArgument(ACTOR.matcher(actor).matches(),
        "actor must be 1..64 characters of [A-Za-z0-9._:@/-] but was '%s'", actor);
    requireNonNull(action, "action");
    requireNonNull(customerId, "customerId");
    TreeSet<String> sorted = new TreeSet<>();
    for (String f : changedFields) {
      checkArgument(FIELD.matcher(f).matches(), "changed field name must match [A-Za-z][A-Za-z0-9_.]{0,63} but was '%s'", f);
      sorted.add(f);
    }
    changedFields = Collections.unmodifiableSortedSet(sorted);
    requireNonNull(relatedCustomerId, "relatedCustomerId");
    checkArgument(action != AuditAction.MERGE || relatedCustomerId.isPresent(),
        "relatedCustomerId must be set for a merge but was empty");
  }

  /**
   * Returns an entry to append (sequence 0, assigned by the log).
   *
   * @param at when
   * @param actor who
   * @param action what
   * @param customerId the customer
   * @param changedFields the changed field names
   * @return the entry
   */
  public static AuditEntry of(Instant at, String actor, AuditAction action, CustomerId customerId,
      Set<String> changedFields) {
    return new AuditEntry(0, at, actor, action, customerId, changedFields, Optional.empty());
  }

  /**
   * Returns a copy with a sequence number.
   *
   * @param newSequence the sequence, at least 1
   * @return the copy
   */
  public AuditEntry withSequence(long newSequence) {
    checkArgument(newSequence >= 1, "sequence must be >= 1 but was %s", newSequence);
    return new AuditEntry(newSequence, at, actor, action, customerId, changedFields, relatedCustomerId);
  }
}
