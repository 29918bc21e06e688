package org.crmkit.core.interaction;

/** Cause category of a complaint (投诉原因, seeds 001/003/004). */
public enum ComplaintCause {
  /** Product quality or function. */
  PRODUCT,
  /** Staff attitude (服务态度). */
  SERVICE_ATTITUDE,
  /** Wrong or missing explanation (解释不清). */
  EXPLANATION,
  /** Price, billing or payment. */
  MONEY,
  /** A promise not kept (承诺未兑现). */
  BROKEN_PROMISE,
  /** Delivery or logistics. */
  DELIVERY,
  /** Labelling or packaging (标识). */
  LABELLING,
  /** Anything else. */
  OTHER
}
