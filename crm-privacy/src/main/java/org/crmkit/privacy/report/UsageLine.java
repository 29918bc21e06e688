package org.crmkit.privacy.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * How one application used one view for one purpose, from the access log. Immutable.
 *
 * @param applicationId the application
 * @param view the view's name
 * @param purpose the declared purpose
 * @param reads granted reads
 * @param denials denied reads
 * @param customers customers returned, summed over the granted reads
 * @param firstUse the first read (granted or denied)
 * @param lastUse the last read
 */
public record UsageLine(String applicationId, String view, String purpose, long reads, long denials,
    long customers, Instant firstUse, Instant lastUse) {
  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException if a count is negative or the last use precedes the first
   */
  public UsageLine {
    requireNonNull(applicationId, "applicationId");
    requireNonNull(view, "view");
    requireNonNull(purpose, "purpose");
    checkArgument(reads >= 0 && denials >= 0 && customers >= 0,
        "counts must be >= 0 but were %s, %s, %s", reads, denials, customers);
    requireNonNull(firstUse, "firstUse");
    requireNonNull(lastUse, "lastUse");
    checkArgument(!lastUse.isBefore(firstUse), "lastUse must not precede firstUse but %s < %s",
        lastUse, firstUse);
  }
}
