package org.crmkit.core.consent;

/** Why a {@link ConsentDecision} came out the way it did. */
public enum ConsentBasis {
  /** A grant in force. */
  GRANTED,
  /** An opt-out in force. */
  OPTED_OUT,
  /** A withdrawal in force. */
  WITHDRAWN,
  /** A grant that lapsed, or an expiry event. */
  EXPIRED,
  /** No event applies: the purpose's default holds (deny for opt-in, allow for opt-out). */
  NO_RECORD
}
