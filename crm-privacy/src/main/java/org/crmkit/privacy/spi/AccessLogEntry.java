package org.crmkit.privacy.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One entry of the access log: who read which view, for what purpose, how many customers, when,
 * and the SHA-256 chain link. Holds no customer data: ids of the application and user, the view
 * name, the purpose and a count. Immutable.
 *
 * @param index the position in the log, from 0
 * @param at when the read happened
 * @param applicationId the reading application
 * @param userId the reading user
 * @param view the view's name, for example {@code opt-out:direct-marketing}
 * @param purpose the purpose the viewer declared
 * @param customers how many customers the read returned (0 when denied)
 * @param outcome granted or denied
 * @param previousHash the hash of the entry before, or 64 zeros for the first entry
 * @param hash this entry's hash, 64 lower-case hex characters
 */
public record AccessLogEntry(long index, Instant at, String applicationId, String userId, String view,
    String purpose, long customers, AccessOutcome outcome, String previousHash, String hash) {

  /**
   * Validates the entry's shape (not its hash: that is {@code AccessLog.verify()}'s job).
   *
   * @throws IllegalArgumentException if the index or count is negative or a hash is not 64 hex characters
   */
  public AccessLogEntry {
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
    requireNonNull(at, "at");
    requireNonNull(applicationId, "applicationId");
    requireNonNull(userId, "userId");
    requireNonNull(view, "view");
    requireNonNull(purpose, "purpose");
    checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
    requireNonNull(outcome, "outcome");
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    checkArgument(isHash(previousHash),
        "previousHash must be 64 lower-case hex characters but was %s characters", previousHash.length());
    checkArgument(isHash(hash),
        "hash must be 64 lower-case hex characters but was %s characters", hash.length());
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
