package org.crmkit.core.reception;

/** Why a visitor was given to a rep. */
public enum AssignmentReason {
  /** The rep's ordinary turn in the rotation. */
  TURN,
  /** A catch-up turn: the rep was away and is behind the others (空几轮,补接几名). */
  CATCH_UP,
  /** The visitor named this rep. */
  NAMED_REP,
  /** The visitor is this rep's returning customer. */
  RETURNING_CUSTOMER,
  /**
   * The named or own rep is away: the rep whose turn it is serves the visitor as a duty reception
   * (义务接待), without using a turn; the visitor stays the other rep's customer.
   */
  COVER
}
