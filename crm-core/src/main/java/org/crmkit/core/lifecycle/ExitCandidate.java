package org.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A customer who looks like leaving, with the reason. Immutable.
 *
 * @param reason {@code inactive:<N>d} or {@code lost-renewal:<contract>}
 * @param since when the condition arose
 */
public record ExitCandidate(String reason, Instant since) {

  /** Rejects nulls. */
  public ExitCandidate {
    requireNonNull(reason, "reason");
    requireNonNull(since, "since");
  }
}
