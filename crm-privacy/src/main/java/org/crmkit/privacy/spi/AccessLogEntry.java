package org.crmkit.privacy.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.core.CustomerId;

/**
 * One entry of the access log: who read which view, for what purpose, which customers the read
 * returned, when, and the SHA-256 chain link. Holds no customer data: ids of the application and
 * user, the view name, the purpose, the customers' opaque ids (which are not personal data, see
 * {@link CustomerId}) and their count. Immutable; {@link #toString()} shows the count of subjects,
 * not their ids.
 *
 * @param index the position in the log, from 0
 * @param at when the read happened
 * @param applicationId the reading application
 * @param userId the reading user
 * @param view the view's name, for example {@code opt-out:direct-marketing}
 * @param purpose the purpose the viewer declared
 * @param customers how many customers the read returned (0 when denied); always {@code
 *     subjects().size()}
 * @param subjects the ids of the customers the read returned, in the order returned (the
 *     subjects of the read); empty when denied. Customers a row filter removed (opt-out,
 *     selective) were not disclosed and are not subjects.
 * @param outcome granted or denied
 * @param previousHash the hash of the entry before, or 64 zeros for the first entry
 * @param hash this entry's hash, 64 lower-case hex characters
 */
public record AccessLogEntry(long index, Instant at, String applicationId, String userId, String view,
    String purpose, long customers, List<CustomerId> subjects, AccessOutcome outcome, String previousHash,
    String hash) {

  /**
   * Validates the entry's shape (not its hash: that is {@code AccessLog.verify()}'s job) and
   * copies the subjects.
   *
   * @throws IllegalArgumentException if the index is negative, the count is not the number of
   *     subjects, a denied entry has subjects, or a hash is not 64 hex characters
   * @throws NullPointerException if a part or a subject is null
   */
  public AccessLogEntry {
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
    requireNonNull(at, "at");
    requireNonNull(applicationId, "applicationId");
    requireNonNull(userId, "userId");
    requireNonNull(view, "view");
    requireNonNull(purpose, "purpose");
    requireNonNull(subjects, "subjects");
    // List.copyOf returns an immutable list as it is: the gateway's list is not copied again.
    subjects = List.copyOf(subjects);
    checkArgument(customers == subjects.size(),
        "customers must be the number of subjects (%s) but was %s", subjects.size(), customers);
    requireNonNull(outcome, "outcome");
    checkArgument(outcome == AccessOutcome.GRANTED || subjects.isEmpty(),
        "a denied entry must have no subjects but had %s", subjects.size());
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    checkArgument(isHash(previousHash),
        "previousHash must be 64 lower-case hex characters but was %s characters", previousHash.length());
    checkArgument(isHash(hash),
        "hash must be 64 lower-case hex characters but was %s characters", hash.length());
  }

  /**
   * Returns whether the read returned the customer.
   *
   * @param id the customer
   * @return true if {@code id} is one of the subjects
   */
  public boolean isAbout(CustomerId id) {
    requireNonNull(id, "id");
    return subjects.contains(id);
  }

  /** Shows every field but the subjects' ids, of which it shows the count only. */
  @Override
  public String toString() {
    return "AccessLogEntry[index=" + index + ", at=" + at + ", applicationId=" + applicationId + ", userId=" + userId
        + ", view=" + view + ", purpose=" + purpose + ", customers=" + customers + ", outcome=" + outcome
        + ", previousHash=" + previousHash + ", hash=" + hash + "]";
  }

  /** Whether text is 64 lower-case hex digits; a loop, not a regex, since this runs on every append. */
  private static boolean isHash(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
