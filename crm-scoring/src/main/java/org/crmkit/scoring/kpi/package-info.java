/**
 * Account-manager KPIs over a period (seed 001): churn, retention, renewal (by count and by
 * amount), conversion, complaint and follow-up rates, each with its sample size and, for
 * proportions, a Wilson interval. {@link org.crmkit.scoring.kpi.KpiCalculator} documents every
 * definition; compute a report per account manager by grouping the profiles first.
 */
package org.crmkit.scoring.kpi;
