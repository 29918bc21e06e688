package org.crmkit.scoring.churn;

/** The analysed reason behind a churn risk (流失原因, seed 001). */
public enum ChurnReason {
  /** Price or money: complaints about price, billing or payment. */
  PRICE,
  /** Product quality: product or labelling complaints, returned goods. */
  QUALITY,
  /** Service experience: attitude, explanation, broken promises, delivery. */
  SERVICE,
  /** A competitor's offer is more attractive (a competitor tag on the customer). */
  COMPETITOR,
  /** No evidence of a reason yet: ask the customer. */
  UNKNOWN
}
