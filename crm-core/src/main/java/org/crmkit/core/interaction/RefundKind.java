package org.crmkit.core.interaction;

/** Whether money or goods went back. */
public enum RefundKind {
  /** Money refunded without goods returned. */
  REFUND,
  /** Goods returned, with the amount refunded. */
  RETURN
}
