package org.crmkit.scoring.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class RadixSortProperties {

  /** Ids of up to 20 characters over a small alphabet share long prefixes, so deeper chunks are used. */
  @Property(tries = 200)
  void orderByIdEqualsSortingIndicesByStringCompare(@ForAll @Size(max = 200)
      List<@StringLength(min = 1, max = 20) @CharRange(from = '0', to = '2') String> raw) {
    String[] ids = raw.toArray(new String[0]);
    Integer[] order = new Integer[ids.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer, String>comparing(i -> ids[i]));
    int[] byRadix = RadixSort.orderById(ids);
    String[] expected = Arrays.stream(order).map(i -> ids[i]).toArray(String[]::new);
    String[] actual = Arrays.stream(byRadix).mapToObj(i -> ids[i]).toArray(String[]::new);
    assertArrayEquals(expected, actual);
  }

  /** Unsigned key order is Double.compare's order, and the sort is stable. */
  @Property(tries = 200)
  void sortIsStableInDoubleCompareOrder(@ForAll @Size(max = 300)
      List<@DoubleRange(min = -1e6, max = 1e6) Double> raw) {
    int n = raw.size();
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double v = raw.get(i);
      values[i] = i % 7 == 0 ? -0.0 : (i % 5 == 0 ? Math.rint(v / 1e5) : v);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j])); // stable
    long[] keys = new long[n];
    int[] items = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = RadixSort.unsignedKey(values[i]);
      items[i] = i;
    }
    RadixSort.sort(keys, items, 0, n);
    assertArrayEquals(Arrays.stream(order).mapToInt(Integer::intValue).toArray(), items);
  }
}
