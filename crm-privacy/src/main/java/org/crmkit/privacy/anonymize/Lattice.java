package org.crmkit.privacy.anonymize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input encoded for the lattice search: distinct (quasi-identifiers, sensitive value) tuples
 * with their multiplicities, and per quasi-identifier and level a table from original value id to
 * generalised value id. Immutable after construction; {@link #evaluate} is not thread-safe.
 */
final class Lattice {
  final int[] heights;
  final int rows;
  /** Per tuple: the number of input rows. */
  final int[] count;
  /** Per row: its tuple. */
  final int[] rowTuple;
  private final int[][] tupleValue;
  private final int[] tupleSensitive;
  private final int[][][] gen;
  private final int[][] radix;
  private final long[] keyBuffer;
  private final long[] sizeBuffer;
  private final int[] distinctBuffer;
  private final LongIntMap groups;
  private final LongIntMap pairs;

  Lattice(Table table, List<String> qis, List<Hierarchy> hierarchies, int sensitiveColumn) {
    int q = qis.size();
    rows = table.size();
    heights = new int[q];
    int[] columns = new int[q];
    List<Map<String, Integer>> originals = new ArrayList<>();
    for (int i = 0; i < q; i++) {
      heights[i] = hierarchies.get(i).height();
      columns[i] = table.indexOf(qis.get(i));
      originals.add(new HashMap<>());
    }
    Map<String, Integer> sensitives = new HashMap<>();
    Map<List<Integer>, Integer> tuples = new HashMap<>();
    List<int[]> values = new ArrayList<>();
    List<Integer> sens = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    rowTuple = new int[rows];
    for (int r = 0; r < rows; r++) {
      List<String> row = table.rows().get(r);
      Integer[] key = new Integer[q + 1];
      int[] v = new int[q];
      for (int i = 0; i < q; i++) {
        Map<String, Integer> ids = originals.get(i);
        v[i] = ids.computeIfAbsent(row.get(columns[i]), x -> ids.size());
        key[i] = v[i];
      }
      int s = sensitiveColumn < 0 ? 0
          : sensitives.computeIfAbsent(row.get(sensitiveColumn), x -> sensitives.size());
      key[q] = s;
      Integer t = tuples.get(List.of(key));
      if (t == null) {
        t = values.size();
        tuples.put(List.of(key), t);
        values.add(v);
        sens.add(s);
        counts.add(0);
      }
      counts.set(t, counts.get(t) + 1);
      rowTuple[r] = t;
    }
    int d = values.size();
    tupleValue = new int[q][d];
    tupleSensitive = new int[d];
    count = new int[d];
    for (int t = 0; t < d; t++) {
      for (int i = 0; i < q; i++) {
        tupleValue[i][t] = values.get(t)[i];
      }
      tupleSensitive[t] = sens.get(t);
      count[t] = counts.get(t);
    }
    gen = new int[q][][];
    radix = new int[q][];
    for (int i = 0; i < q; i++) {
      String[] byId = new String[originals.get(i).size()];
      originals.get(i).forEach((value, id) -> byId[id] = value);
      gen[i] = new int[heights[i]][byId.length];
      radix[i] = new int[heights[i]];
      for (int l = 0; l < heights[i]; l++) {
        Map<String, Integer> ids = new HashMap<>();
        for (int id = 0; id < byId.length; id++) {
          String g;
          try {
            g = hierarchies.get(i).generalise(byId[id], l);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hierarchy of column " + qis.get(i)
                + " must cover every value but does not at level " + l + ": " + e.getMessage(), e);
          }
          gen[i][l][id] = ids.computeIfAbsent(g, x -> ids.size());
        }
        radix[i][l] = Math.max(1, ids.size());
      }
    }
    keyBuffer = new long[d];
    sizeBuffer = new long[Math.max(1, d)];
    distinctBuffer = new int[Math.max(1, d)];
    groups = new LongIntMap(d);
    pairs = new LongIntMap(d);
  }

  int tuples() {
    return count.length;
  }

  /** The classes of one node, before and after suppression. */
  static final class Eval {
    /** Per tuple: its equivalence class. */
    final int[] tupleClass;
    /** Per class: whether it satisfies k (and l). */
    final boolean[] ok;
    final long suppressed;
    /**
     * A lower bound of dm here and at every successor: a row of a class of size s costs at least
     * min(N, max(s, k)) at any coarser node, where its class only grows and is either released
     * with at least k rows or suppressed at cost N.
     */
    final long bound;
    /** The discernibility metric: released rows cost their class size, suppressed rows N. */
    final long dm;

    Eval(int[] tupleClass, boolean[] ok, long suppressed, long bound, long dm) {
      this.tupleClass = tupleClass;
      this.ok = ok;
      this.suppressed = suppressed;
      this.bound = bound;
      this.dm = dm;
    }
  }

  /**
   * Evaluates a node. With {@code full} the result has the per-tuple classes and per-class
   * verdicts the release needs; without, only the counts (and no allocation per tuple).
   */
  Eval evaluate(int[] levels, int k, int l, boolean full) {
    int d = count.length;
    long[] key = keyBuffer;
    java.util.Arrays.fill(key, 0);
    long span = 1;
    for (int i = 0; i < levels.length; i++) {
      int r = radix[i][levels[i]];
      if (span > Long.MAX_VALUE / r) {
        span = densify(key);
      }
      int[] g = gen[i][levels[i]];
      int[] v = tupleValue[i];
      for (int t = 0; t < d; t++) {
        key[t] = key[t] * r + g[v[t]];
      }
      span *= r;
    }
    int classes = densify(key);
    int[] tupleClass = full ? new int[d] : null;
    long[] size = sizeBuffer;
    int[] distinct = distinctBuffer;
    java.util.Arrays.fill(size, 0, classes, 0);
    java.util.Arrays.fill(distinct, 0, classes, 0);
    if (l > 1) {
      pairs.clear();
    }
    for (int t = 0; t < d; t++) {
      int c = (int) key[t];
      if (full) {
        tupleClass[t] = c;
      }
      size[c] += count[t];
      if (l > 1) {
        int before = pairs.size();
        pairs.idOf(((long) c << 32) | tupleSensitive[t]);
        if (pairs.size() > before) {
          distinct[c]++;
        }
      }
    }
    boolean[] ok = full ? new boolean[classes] : null;
    long suppressed = 0;
    long bound = 0;
    long released = 0;
    for (int c = 0; c < classes; c++) {
      bound += size[c] * Math.min(rows, Math.max(size[c], k));
      boolean good = size[c] >= k && (l <= 1 || distinct[c] >= l);
      if (full) {
        ok[c] = good;
      }
      if (good) {
        released += size[c] * size[c];
      } else {
        suppressed += size[c];
      }
    }
    return new Eval(tupleClass, ok, suppressed, bound, released + suppressed * rows);
  }

  /** Replaces every key by a dense id; returns the number of ids. */
  private int densify(long[] key) {
    groups.clear();
    for (int t = 0; t < key.length; t++) {
      key[t] = groups.idOf(key[t]);
    }
    return Math.max(1, groups.size());
  }
}
