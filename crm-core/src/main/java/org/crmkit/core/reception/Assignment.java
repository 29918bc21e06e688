package org.crmkit.core.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who serves a visitor and why. Immutable. The explanation names rep ids, the visit reference and
 * turn counts only.
 *
 * @param sequence the position of this arrival in the rotation's log, from 1
 * @param visitorRef the visit reference
 * @param rep the rep who serves the visitor
 * @param reason why that rep
 * @param usedTurn whether it counted as a rotation turn ({@link AssignmentReason#TURN} or {@link
 *     AssignmentReason#CATCH_UP})
 * @param owner the rep the visitor belongs to when another rep covers, else empty
 * @param explanation a one-line explanation, for the register (客户登记表)
 */
public record Assignment(long sequence, String visitorRef, String rep, AssignmentReason reason, boolean usedTurn,
    Optional<String> owner, String explanation) {

  /**
   * Validates the assignment.
   *
   * @throws IllegalArgumentException if {@code usedTurn} disagrees with the reason or the owner is
   *     given other than for a cover
   */
  public Assignment {
    checkArgument(sequence >= 1, "sequence must be >= 1 but was %s", sequence);
    requireNonNull(visitorRef, "visitorRef");
    requireNonNull(rep, "rep");
    requireNonNull(reason, "reason");
    checkArgument(usedTurn == (reason == AssignmentReason.TURN || reason == AssignmentReason.CATCH_UP),
        "usedTurn must be true exactly for TURN and CATCH_UP but was %s for %s", usedTurn, reason);
    requireNonNull(owner, "owner");
    checkArgument(owner.isPresent() == (reason == AssignmentReason.COVER),
        "owner must be present exactly for COVER but reason was %s", reason);
    requireNonNull(explanation, "explanation");
  }
}
