package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.crmkit.core.interaction.ComplaintStatus;

/**
 * One recorded move of a complaint: from which status to which, who made it and when. Immutable.
 * Actors are staff ids, not personal data.
 *
 * @param from the status before
 * @param to the status after; {@link ComplaintFlow#canMove} holds for {@code from → to}
 * @param actor who made the move, 1..64 characters of {@code [A-Za-z0-9._:@/-]}
 * @param at when
 */
public record ComplaintTransition(ComplaintStatus from, ComplaintStatus to, String actor, Instant at) {

  /**
   * Validates the transition.
   *
   * @throws IllegalArgumentException if the move is not allowed or the actor is malformed
   */
  public ComplaintTransition {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(ComplaintFlow.canMove(from, to), "transition must be allowed but was %s -> %s", from, to);
    Tokens.actor("actor", actor);
    requireNonNull(at, "at");
  }

  /** Returns whether this transition reopened a closed complaint. */
  public boolean isReopen() {
    return ComplaintFlow.isReopen(from, to);
  }
}
