package org.crmkit.core.consent;

/** What a consent event says about a purpose. Only {@link #GRANTED} permits processing. */
public enum ConsentStatus {
  /** The customer agreed (同意). */
  GRANTED,
  /** The customer objected (选退). */
  OPTED_OUT,
  /** The customer took back an earlier grant (撤回). */
  WITHDRAWN,
  /** A grant ran out (过期). */
  EXPIRED;

  /** Returns whether this status permits processing. */
  public boolean permits() {
    return this == GRANTED;
  }
}
