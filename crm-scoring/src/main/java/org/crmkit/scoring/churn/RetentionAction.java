package org.crmkit.scoring.churn;

/** A retention action (挽留措施, seed 001), suggested per {@link ChurnReason}. */
public enum RetentionAction {
  /** Offer a discount or better terms (提供折扣优惠); the default for {@link ChurnReason#PRICE}. */
  DISCOUNT_OFFER,
  /** Fix, replace or improve the product (提升产品质量); default for {@link ChurnReason#QUALITY}. */
  QUALITY_REMEDY,
  /** Service recovery (改善服务体验); default for {@link ChurnReason#SERVICE}. */
  SERVICE_RECOVERY,
  /** Personal outreach by the account manager (加强客户沟通); default for {@link ChurnReason#COMPETITOR}. */
  PERSONAL_OUTREACH,
  /** A follow-up call to find the reason (回访); default for {@link ChurnReason#UNKNOWN}. */
  FOLLOW_UP_CALL
}
