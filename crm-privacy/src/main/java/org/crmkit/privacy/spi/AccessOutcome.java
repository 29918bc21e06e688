package org.crmkit.privacy.spi;

/** Whether a view read was served or refused. */
public enum AccessOutcome {
  /** The viewer's privilege allowed the view; data was returned. */
  GRANTED,
  /** The viewer's privilege did not allow the view; no data was returned. */
  DENIED
}
