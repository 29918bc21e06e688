package org.crmkit.scoring.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class QuintilesProperties {

  /** The primitive-sort implementation orders exactly as sorting indices by (value, tie-break) does. */
  @Property(tries = 200)
  void byRankEqualsSortingIndicesByValueThenTieBreak(
      @ForAll @Size(min = 1, max = 300) List<@IntRange(min = -5, max = 5) Integer> raw, @ForAll long seed) {
    int n = raw.size();
    double[] values = raw.stream().mapToDouble(v -> v / 2.0).toArray();
    Integer[] perm = new Integer[n];
    Arrays.setAll(perm, i -> i);
    java.util.Collections.shuffle(Arrays.asList(perm), new java.util.Random(seed));
    int[] tieBreak = Arrays.stream(perm).mapToInt(Integer::intValue).toArray();

    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> values[i]).thenComparingInt(i -> tieBreak[i]));
    int[] expected = new int[n];
    for (int k = 0; k < n; k++) {
      expected[order[k]] = n == 1 ? 1 : (int) Math.max(1, -Math.floorDiv(-5L * k, n - 1L));
    }

    assertArrayEquals(expected, Quintiles.byRank(values, tieBreak));
  }
}
