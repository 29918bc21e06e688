package org.crmkit.core.customer;

/** Value classification (价值分类) of a customer. */
public enum ValueSegment {
  /** High-value customer (高价值客户). */
  HIGH_VALUE,
  /** Potential customer (潜力客户). */
  POTENTIAL,
  /** Ordinary customer (普通客户). */
  ORDINARY
}
