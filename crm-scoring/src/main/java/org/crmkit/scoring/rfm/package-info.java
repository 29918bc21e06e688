/**
 * RFM analysis: recency, frequency and monetary value scored 1–5 by quintile, the cell code
 * {@code R·100 + F·10 + M} and named segments.
 *
 * <p>{@link org.crmkit.scoring.rfm.RfmAggregator} turns purchases into {@link
 * org.crmkit.scoring.rfm.RfmMetrics} as of a day; {@link org.crmkit.scoring.rfm.RfmScorer} scores
 * a population with an explicit {@link org.crmkit.scoring.rfm.TiePolicy}; {@link
 * org.crmkit.scoring.rfm.RfmSegment} names the R×F cell. Higher scores are better on every
 * measure: 5 is the most recent, most frequent, highest spending fifth.
 */
package org.crmkit.scoring.rfm;
