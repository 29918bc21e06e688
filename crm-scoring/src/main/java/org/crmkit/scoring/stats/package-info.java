/**
 * Shared statistics: the standard {@link org.crmkit.scoring.stats.Normal normal distribution}
 * (precise CDF and quantile), {@link org.crmkit.scoring.stats.Interval intervals}, {@link
 * org.crmkit.scoring.stats.Proportion proportions} with Wilson score intervals, the {@link
 * org.crmkit.scoring.stats.Accumulator mergeable accumulator} contract, {@link
 * org.crmkit.scoring.stats.KeyedAccumulator breakdowns by key}, {@link
 * org.crmkit.scoring.stats.Accumulators collectors} and {@link org.crmkit.scoring.stats.Periods
 * period buckets} for trends.
 */
package org.crmkit.scoring.stats;
