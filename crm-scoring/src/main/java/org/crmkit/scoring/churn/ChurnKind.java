package org.crmkit.scoring.churn;

/**
 * Why a customer was lost, in the six kinds of seed 004 (从客户流失原因角度). Used to label churned
 * customers and to break win-back returns down by kind.
 */
public enum ChurnKind {
  /** Pushed away deliberately (有意推走): the company chose to let the customer go. */
  PUSHED_AWAY_DELIBERATELY,
  /** Pushed away by accident (无意推走): poor service, quality or handling drove the customer off. */
  PUSHED_AWAY_ACCIDENTALLY,
  /** Pulled away (被拉走): a competitor's better product or service attracted the customer. */
  PULLED_AWAY,
  /** Bought away (被收买): a competitor's discount or inducement bought the customer. */
  BOUGHT_AWAY,
  /** Left unintentionally (无意离去): drifted away without a decision, e.g. needs lapsed. */
  LEFT_UNINTENTIONALLY,
  /** Moved away (迁移): relocated out of reach of the company's service. */
  MOVED_AWAY
}
