package org.crmkit.privacy.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The head of an access log: how many entries it has and the hash of the last one. A host that
 * keeps the head somewhere the log's storage cannot reach (another system, a signed report) can
 * later prove with {@link AccessLog#verify(LogHead)} that no entry was cut off. Immutable.
 *
 * @param size the number of entries
 * @param hash the last entry's hash, or 64 zeros for an empty log
 */
public record LogHead(long size, String hash) {
  /**
   * Validates the head.
   *
   * @throws IllegalArgumentException if the size is negative or the hash not 64 hex characters
   */
  public LogHead {
    checkArgument(size >= 0, "size must be >= 0 but was %s", size);
    requireNonNull(hash, "hash");
    checkArgument(isHash(hash), "hash must be 64 lower-case hex characters but was %s characters",
        hash.length());
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
