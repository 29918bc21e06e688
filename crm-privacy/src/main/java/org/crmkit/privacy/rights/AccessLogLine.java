package org.crmkit.privacy.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessOutcome;

/**
 * One access-log entry about a customer, as the customer's access export shows it: who read
 * which view, for what purpose, when, and whether it was granted. It names neither the other
 * customers the same read returned nor their count, so an export discloses nothing about anyone
 * else. Immutable.
 *
 * @param index the entry's position in the access log, from 0
 * @param at when the read happened
 * @param applicationId the reading application
 * @param userId the reading user
 * @param view the view's name
 * @param purpose the purpose the viewer declared
 * @param outcome granted or denied
 */
public record AccessLogLine(long index, Instant at, String applicationId, String userId, String view,
    String purpose, AccessOutcome outcome) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public AccessLogLine {
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
    requireNonNull(at, "at");
    requireNonNull(applicationId, "applicationId");
    requireNonNull(userId, "userId");
    requireNonNull(view, "view");
    requireNonNull(purpose, "purpose");
    requireNonNull(outcome, "outcome");
  }

  /**
   * Returns the line of an entry, without its subjects, count and hashes.
   *
   * @param e the entry
   * @return the line
   */
  public static AccessLogLine from(AccessLogEntry e) {
    requireNonNull(e, "e");
    return new AccessLogLine(e.index(), e.at(), e.applicationId(), e.userId(), e.view(), e.purpose(), e.outcome());
  }
}
