package org.crmkit.privacy.access;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * The result of {@link AccessLog#verify()}: either every entry checked out, or the index of the
 * first bad entry and what is wrong with it. Immutable.
 *
 * @param entriesChecked how many entries were read
 * @param firstBadIndex the index of the first entry that fails, empty when the log is intact
 * @param problem what failed, empty text when the log is intact
 */
public record LogVerification(long entriesChecked, OptionalLong firstBadIndex, String problem) {
  /** Rejects nulls. */
  public LogVerification {
    requireNonNull(firstBadIndex, "firstBadIndex");
    requireNonNull(problem, "problem");
  }

  static LogVerification intact(long entries) {
    return new LogVerification(entries, OptionalLong.empty(), "");
  }

  static LogVerification broken(long entries, long index, String problem) {
    return new LogVerification(entries, OptionalLong.of(index), problem);
  }

  /** Returns whether the log is intact. */
  public boolean isIntact() {
    return firstBadIndex.isEmpty();
  }
}
