package org.crmkit.scoring.kpi;

import static java.util.Objects.requireNonNull;

import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.Proportion;

/**
 * One proportion KPI: what it counts, the count and its sample. Immutable.
 *
 * @param kpi which KPI
 * @param proportion successes among the sample
 */
public record KpiValue(Kpi kpi, Proportion proportion) {

  /** Validates the value. */
  public KpiValue {
    requireNonNull(kpi, "kpi");
    requireNonNull(proportion, "proportion");
  }

  /** Returns the sample size, the denominator. */
  public long sampleSize() {
    return proportion.trials();
  }

  /**
   * Returns the rate.
   *
   * @return the share in [0, 1]
   * @throws IllegalStateException if the sample is empty
   */
  public double rate() {
    return proportion.share();
  }

  /**
   * Returns the Wilson score interval of the rate.
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval within [0, 1]
   * @throws IllegalStateException if the sample is empty
   */
  public Interval wilsonInterval(double confidence) {
    return proportion.wilsonInterval(confidence);
  }
}
