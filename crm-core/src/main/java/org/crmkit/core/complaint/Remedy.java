package org.crmkit.core.complaint;

/** What was done to put a complaint right (服务补救, seed 004). */
public enum Remedy {
  /** An apology and an explanation. */
  APOLOGY,
  /** The product or service was repaired or redone. */
  REPAIR,
  /** The product was replaced. */
  REPLACEMENT,
  /** Money was refunded. */
  REFUND,
  /** Compensation beyond a refund. */
  COMPENSATION,
  /** A discount on future business (恢复业务的优惠条件). */
  DISCOUNT,
  /** A gift. */
  GIFT,
  /** Something else. */
  OTHER
}
