package org.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.core.CustomerId;

/**
 * Scores a population 1–5 on recency, frequency and monetary value by quintile. Stateless and
 * thread-safe. Quintiles need the whole population, so unlike the survey statistics RFM scores
 * are not mergeable: score the population in one place (sorting 1 M customers takes well under
 * a second).
 *
 * <p>Orientation: fewer days since the last purchase, more purchase days and more spend are
 * better; recency is ranked by its negated value, so the same tie rules apply to all three.
 */
public final class RfmScorer {
  private RfmScorer() {}

  /**
   * Scores a population with value thresholds, the default tie policy.
   *
   * @param population one measure per customer, customer ids unique
   * @return the scores, in the population's iteration order
   * @throws IllegalArgumentException if a customer id repeats
   */
  public static List<RfmScore> score(Collection<RfmMetrics> population) {
    return score(population, TiePolicy.VALUE_THRESHOLDS);
  }

  /**
   * Scores a population.
   *
   * @param population one measure per customer, customer ids unique
   * @param ties how equal values are treated
   * @return the scores, in the population's iteration order
   * @throws IllegalArgumentException if a customer id repeats
   */
  public static List<RfmScore> score(Collection<RfmMetrics> population, TiePolicy ties) {
    requireNonNull(population, "population");
    requireNonNull(ties, "ties");
    List<RfmMetrics> all = List.copyOf(population);
    int n = all.size();
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = all.get(i).customerId().value();
    }
    // Sorting the ids (needed for rank ties anyway) puts repeats side by side: no hash set.
    int[] byId = RadixSort.orderById(ids);
    for (int k = 1; k < n; k++) {
      if (ids[byId[k]].equals(ids[byId[k - 1]])) {
        throwFirstRepeat(all);
      }
    }
    double[] recency = new double[n];
    double[] frequency = new double[n];
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      RfmMetrics m = all.get(i);
      recency[i] = -m.recencyDays();
      frequency[i] = m.frequency();
      monetary[i] = m.monetary().doubleValue();
    }
    int[] r;
    int[] f;
    int[] mo;
    if (ties == TiePolicy.RANK) {
      int[] idRank = new int[n];
      for (int k = 0; k < n; k++) {
        idRank[byId[k]] = k;
      }
      r = Quintiles.byRank(recency, idRank);
      f = Quintiles.byRank(frequency, idRank);
      mo = Quintiles.byRank(monetary, idRank);
    } else {
      r = Quintiles.byValue(recency);
      f = Quintiles.byValue(frequency);
      mo = Quintiles.byValue(monetary);
    }
    List<RfmScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(new RfmScore(all.get(i).customerId(), r[i], f[i], mo[i]));
    }
    return Collections.unmodifiableList(scores);
  }

  /**
   * Counts scores per segment.
   *
   * @param scores the scores
   * @return the count of every segment, zero included, in segment order
   */
  public static Map<RfmSegment, Long> countBySegment(Collection<RfmScore> scores) {
    Map<RfmSegment, Long> counts = new EnumMap<>(RfmSegment.class);
    for (RfmSegment segment : RfmSegment.values()) {
      counts.put(segment, 0L);
    }
    scores.forEach(s -> counts.merge(s.segment(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** Names the first customer, in iteration order, whose id was seen before. */
  private static void throwFirstRepeat(List<RfmMetrics> all) {
    Set<CustomerId> ids = new HashSet<>();
    for (RfmMetrics m : all) {
      checkArgument(ids.add(m.customerId()), "population must hold each customer once but %s repeats", m.customerId());
    }
  }
}
