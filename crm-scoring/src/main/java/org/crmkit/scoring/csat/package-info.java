/**
 * Customer satisfaction (满意度调查, seeds 001 and 004) on the 5-point scale: very satisfied,
 * satisfied, neutral, dissatisfied, very dissatisfied.
 *
 * <p>{@link org.crmkit.scoring.csat.CsatStatistics} gives counts per level, the top-2-box share
 * with its Wilson interval, mean and standard deviation; {@link
 * org.crmkit.scoring.csat.CsatAccumulator} counts answers and merges. Only answers to questions
 * on the {@link org.crmkit.core.interaction.Scale#CSAT CSAT scale} count; others are rejected.
 *
 * <p>Seed 004 defines satisfaction as perceived service against expected service: {@link
 * org.crmkit.scoring.csat.ExpectationOutcome} classifies a pair as exceeded, met or below, and
 * {@link org.crmkit.scoring.csat.ExpectationAccumulator} summarises pairs into an {@link
 * org.crmkit.scoring.csat.ExpectationSummary}.
 */
package org.crmkit.scoring.csat;
