package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Proposes tier thresholds from data (seed 001, 数据驱动): given customers' metrics and target
 * shares such as top 1 % Diamond, 5 % Platinum, 20 % Gold, find the minimums that reach them.
 * Stateless and thread-safe.
 *
 * <p>Shares are cumulative from the top: "Platinum 5 %" means Platinum-or-above is the top 5 %.
 * For a share s of n customers the minimum is the value of the k-th highest customer, k = ⌈s·n⌉
 * (at least 1). Because reaching a minimum qualifies, at least k customers reach it; ties at the
 * boundary can make the achieved share larger, and {@link ThresholdSuggestion#achievedShares()}
 * reports it. A minimum is never below the smallest positive step (0.01 of spend, 1 of a count),
 * since criteria are positive.
 */
public final class TierThresholds {
  private static final BigDecimal SPEND_STEP = new BigDecimal("0.01");

  private TierThresholds() {}

  /**
   * Suggests minimums of one metric.
   *
   * @param policy the policy whose tier ids and order the shares refer to
   * @param metric the metric
   * @param population the customers' metrics, not empty
   * @param topShares the target share by tier id, each in (0, 1], not increasing up the ladder;
   *     the base tier cannot be named
   * @return the suggestion, tiers in ladder order
   * @throws IllegalArgumentException if the population is empty, a tier is unknown or the base,
   *     a share is out of range, or a higher tier has a larger share than a lower one
   */
  public static ThresholdSuggestion suggest(TierPolicy policy, Metric metric, Collection<TierMetrics> population,
      Map<String, Double> topShares) {
    requireNonNull(policy, "policy");
    requireNonNull(metric, "metric");
    requireNonNull(population, "population");
    requireNonNull(topShares, "topShares");
    checkArgument(!population.isEmpty(), "population must not be empty");
    double[] sharesByRank = new double[policy.tiers().size()];
    topShares.forEach((tierId, share) -> {
      int rank = policy.rank(tierId);
      checkArgument(rank > 0, "topShares must not name the base tier %s", tierId);
      checkArgument(share != null && share > 0 && share <= 1, "share of %s must be in (0, 1] but was %s", tierId, share);
      sharesByRank[rank] = share;
    });
    BigDecimal[] values = population.stream().map(m -> m.value(metric)).toArray(BigDecimal[]::new);
    Arrays.sort(values); // ascending
    int n = values.length;
    Map<String, BigDecimal> minimums = new LinkedHashMap<>();
    Map<String, Double> achieved = new LinkedHashMap<>();
    double lowerShare = 1.0;
    for (int rank = 1; rank < sharesByRank.length; rank++) {
      double share = sharesByRank[rank];
      if (share == 0) {
        continue;
      }
      String tierId = policy.tier(rank).id();
      checkArgument(share <= lowerShare, "share of %s must not exceed the share of a lower tier %s but was %s",
          tierId, lowerShare, share);
      lowerShare = share;
      long k = Math.max(1, (long) Math.ceil(share * n - 1e-9));
      BigDecimal minimum = values[(int) (n - k)].max(metric == Metric.SPEND ? SPEND_STEP : BigDecimal.ONE);
      if (metric != Metric.SPEND) {
        minimum = minimum.setScale(0, RoundingMode.CEILING);
      }
      minimums.put(tierId, Decimals.normalise(minimum));
      achieved.put(tierId, (double) reaching(values, minimum) / n);
    }
    return new ThresholdSuggestion(metric, minimums, achieved, n);
  }

  private static long reaching(BigDecimal[] ascending, BigDecimal minimum) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid].compareTo(minimum) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return ascending.length - lo;
  }
}
