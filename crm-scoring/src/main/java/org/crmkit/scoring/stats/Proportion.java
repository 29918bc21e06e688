package org.crmkit.scoring.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

/**
 * A count of successes out of a count of trials, such as the top-2-box answers among all CSAT
 * answers or the churned customers among those active at the start of a period. Immutable.
 *
 * @param successes the successes, in {@code [0, trials]}
 * @param trials the trials, not negative
 */
public record Proportion(long successes, long trials) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or successes exceed trials
   */
  public Proportion {
    checkArgument(trials >= 0, "trials must be >= 0 but was %s", trials);
    checkArgument(successes >= 0 && successes <= trials,
        "successes must be in [0, %s] but was %s", trials, successes);
  }

  /**
   * Returns a proportion.
   *
   * @param successes the successes
   * @param trials the trials
   * @return the proportion
   * @throws IllegalArgumentException if a count is negative or successes exceed trials
   */
  public static Proportion of(long successes, long trials) {
    return new Proportion(successes, trials);
  }

  /** Returns whether there are no trials. */
  public boolean isEmpty() {
    return trials == 0;
  }

  /**
   * Returns {@code successes / trials}.
   *
   * @return the share, in [0, 1]
   * @throws IllegalStateException if there are no trials
   */
  public double share() {
    checkState(trials > 0, "share needs at least one trial but there were none");
    return (double) successes / trials;
  }

  /**
   * Returns the share in percent.
   *
   * @return {@code 100 * share()}
   * @throws IllegalStateException if there are no trials
   */
  public double percent() {
    return 100.0 * share();
  }

  /**
   * Returns the Wilson score interval for the share (Wilson 1927, "Probable inference, the law
   * of succession, and statistical inference", JASA 22; eq. as in Agresti &amp; Coull 1998):
   * {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}. It stays inside [0, 1] and,
   * unlike the Wald interval, keeps its coverage near 0 and 1 and at small n.
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval of the share, within [0, 1]
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   * @throws IllegalStateException if there are no trials
   */
  public Interval wilsonInterval(double confidence) {
    double z = Normal.twoSidedCriticalValue(confidence);
    double p = share();
    double n = trials;
    double z2 = z * z;
    double denominator = 1.0 + z2 / n;
    double center = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // At p = 0 or 1 the exact bound is 0 or 1; rounding must not push it past.
    double low = successes == 0 ? 0.0 : Math.max(0.0, center - half);
    double high = successes == trials ? 1.0 : Math.min(1.0, center + half);
    return new Interval(low, high);
  }

  @Override
  public String toString() {
    return successes + "/" + trials;
  }
}
