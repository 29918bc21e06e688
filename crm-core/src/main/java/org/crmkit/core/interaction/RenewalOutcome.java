package org.crmkit.core.interaction;

/** Outcome of a contract renewal (续约). */
public enum RenewalOutcome {
  /** Not decided yet. */
  PENDING,
  /** Renewed on the same terms. */
  RENEWED,
  /** Renewed with changed terms or amount. */
  CHANGED,
  /** Not renewed. */
  LOST
}
