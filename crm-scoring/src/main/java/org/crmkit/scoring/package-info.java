/**
 * crmkit scoring: pure, mergeable statistics and rule engines over the crm-core model.
 *
 * <p>Sub-packages: {@code stats} (normal distribution, intervals, proportions, the accumulator
 * contract, breakdowns and trends), {@code nps} (Net Promoter Score with honest uncertainty),
 * {@code csat} (satisfaction and expectation against perception), {@code tier} (the customer
 * tier engine) with {@code tier.json} (policies as JSON), {@code rfm} (recency, frequency,
 * monetary scores) and {@code kpi} (account-manager KPIs with Wilson intervals).
 *
 * <p>Every statistic that can be computed over a split data set has a mergeable accumulator
 * ({@code add}, {@code merge}, {@code snapshot}) with long counters, so the same code runs inside
 * Spark, Flink or Beam.
 */
package org.crmkit.scoring;
