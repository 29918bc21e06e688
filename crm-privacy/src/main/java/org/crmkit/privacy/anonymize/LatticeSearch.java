package org.crmkit.privacy.anonymize;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Optional;

/**
 * Finds the node of least discernibility among those within the suppression limit. Nodes are
 * visited by increasing level sum, then lexicographically (which is also the order that breaks
 * ties). The up-set of a node whose lower bound (see {@link Lattice.Eval#bound}) already reaches
 * the best loss found is pruned: every successor merges classes, so its loss is at least as high.
 */
final class LatticeSearch {
  /** The largest lattice searched; more nodes than this is a caller mistake. */
  static final long MAX_NODES = 1L << 22;

  private LatticeSearch() {}

  /** The winning node and the search statistics. */
  record Found(int[] levels, Lattice.Eval eval, long evaluated, long nodes) {}

  static Optional<Found> search(Lattice lattice, int k, int l, long maxSuppressed) {
    int[] heights = lattice.heights;
    int q = heights.length;
    long total = 1;
    for (int h : heights) {
      total *= h;
      if (total > MAX_NODES) {
        throw new IllegalArgumentException("lattice must have at most " + MAX_NODES
            + " nodes but the hierarchies' heights multiply to more");
      }
    }
    int nodes = (int) total;
    int[] order = byLevelSum(heights, nodes);
    BitSet pruned = new BitSet(nodes);
    long evaluated = 0;
    int[] best = null;
    Lattice.Eval bestEval = null;
    int[] levels = new int[q];
    for (int node : order) {
      if (pruned.get(node)) {
        continue;
      }
      decode(node, heights, levels);
      Lattice.Eval e = lattice.evaluate(levels, k, l);
      evaluated++;
      if (e.suppressed <= maxSuppressed && (bestEval == null || e.dm < bestEval.dm)) {
        best = levels.clone();
        bestEval = e;
      }
      if (bestEval != null && e.bound >= bestEval.dm) {
        pruneUpSet(node, heights, pruned);
      }
    }
    return best == null ? Optional.empty()
        : Optional.of(new Found(best, bestEval, evaluated, total));
  }

  private static int[] byLevelSum(int[] heights, int nodes) {
    int maxSum = 0;
    for (int h : heights) {
      maxSum += h - 1;
    }
    int[] sums = new int[nodes];
    int[] buckets = new int[maxSum + 2];
    int[] levels = new int[heights.length];
    for (int n = 0; n < nodes; n++) {
      decode(n, heights, levels);
      int s = 0;
      for (int v : levels) {
        s += v;
      }
      sums[n] = s;
      buckets[s + 1]++;
    }
    for (int s = 1; s < buckets.length; s++) {
      buckets[s] += buckets[s - 1];
    }
    int[] order = new int[nodes];
    // Node numbers run in lexicographic order of levels, so a stable counting sort keeps it.
    for (int n = 0; n < nodes; n++) {
      order[buckets[sums[n]]++] = n;
    }
    return order;
  }

  /** Node numbers are mixed-radix, the first quasi-identifier most significant. */
  static void decode(int node, int[] heights, int[] levels) {
    for (int i = heights.length - 1; i >= 0; i--) {
      levels[i] = node % heights[i];
      node /= heights[i];
    }
  }

  private static void pruneUpSet(int node, int[] heights, BitSet pruned) {
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    todo.add(node);
    int[] levels = new int[heights.length];
    while (!todo.isEmpty()) {
      int n = todo.poll();
      decode(n, heights, levels);
      int weight = 1;
      for (int i = heights.length - 1; i >= 0; i--) {
        if (levels[i] + 1 < heights[i]) {
          int up = n + weight;
          if (!pruned.get(up)) {
            pruned.set(up);
            todo.add(up);
          }
        }
        weight *= heights[i];
      }
    }
  }
}
