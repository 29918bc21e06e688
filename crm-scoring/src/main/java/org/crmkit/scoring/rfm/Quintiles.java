package org.crmkit.scoring.rfm;

import java.util.Arrays;

/** Quintile scores 1–5 of one measure (higher is better), by value thresholds or by rank. */
final class Quintiles {
  private Quintiles() {}

  /**
   * Cut points at the 20/40/60/80 % percentiles, type 7 (h = (n − 1)·p, linear between order
   * statistics); a value scores the first quintile whose cut point it does not exceed.
   */
  static int[] byValue(double[] values) {
    int n = values.length;
    int[] scores = new int[n];
    if (n == 0) {
      return scores;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] cuts = new double[4];
    for (int k = 1; k <= 4; k++) {
      long h5 = (long) (n - 1) * k; // five times the position h
      int j = (int) (h5 / 5);
      long remainder = h5 % 5;
      cuts[k - 1] = remainder == 0 ? sorted[j] : sorted[j] + (remainder / 5.0) * (sorted[j + 1] - sorted[j]);
    }
    for (int i = 0; i < n; i++) {
      double v = values[i];
      int score = 5;
      for (int k = 0; k < 4; k++) {
        if (v <= cuts[k]) {
          score = k + 1;
          break;
        }
      }
      scores[i] = score;
    }
    return scores;
  }

  /**
   * Ranks r = 1..n by value, ties by {@code tieBreak}; score = max(1, ⌈5(r − 1)/(n − 1)⌉), which
   * is pandas' {@code qcut(rank(method="first"), 5)}: rank r is in quintile b when {@code 1 +
   * (b − 1)(n − 1)/5 < r <= 1 + b(n − 1)/5}. A population of one scores 1.
   *
   * @param values the measure per customer, finite
   * @param tieBreak a permutation of 0..n−1 ordering equal values
   */
  static int[] byRank(double[] values, int[] tieBreak) {
    int n = values.length;
    // A stable radix sort of primitive keys, starting from the tie-break order, puts equal values
    // in tie-break order: no boxing, no comparator.
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      keys[tieBreak[i]] = RadixSort.unsignedKey(values[i]);
      order[tieBreak[i]] = i;
    }
    RadixSort.sort(keys, order, 0, n);
    int[] scores = new int[n];
    for (int k = 0; k < n; k++) {
      long r = k + 1L;
      int score = n == 1 ? 1 : (int) Math.max(1, ceilDiv(5 * (r - 1), n - 1L));
      scores[order[k]] = score;
    }
    return scores;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
