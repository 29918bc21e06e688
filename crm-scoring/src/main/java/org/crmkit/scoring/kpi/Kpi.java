package org.crmkit.scoring.kpi;

/** The proportion KPIs of a {@link KpiReport}; see {@link KpiCalculator} for the definitions. */
public enum Kpi {
  /** Customers lost among those active at the period start (流失率). */
  CHURN,
  /** Customers kept among those active at the period start (保留率). */
  RETENTION,
  /** Renewals won among renewals decided in the period (续约率, by count). */
  RENEWAL,
  /** Leads that became buyers in the period (转化率). */
  CONVERSION,
  /** Active customers who complained in the period (投诉率). */
  COMPLAINT,
  /** Active customers followed up in the period (回访率). */
  FOLLOW_UP
}
