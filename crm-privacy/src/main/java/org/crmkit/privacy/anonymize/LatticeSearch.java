package org.crmkit.privacy.anonymize;

import java.util.Optional;

/**
 * Finds the node of least discernibility among those within the suppression limit, ties going to
 * the first node by level sum, then lexicographically.
 *
 * <p>A greedy descent from the top first finds a good feasible node. Then every node is visited
 * top-down (decreasing level sum), each after all its successors, carrying two facts down the
 * lattice (both follow from monotonicity: a finer node splits classes, so it suppresses at least
 * as many rows as any coarser one):
 *
 * <ul>
 *   <li>a node with an infeasible successor is infeasible and is not evaluated;
 *   <li>a node with a successor that suppresses s rows suppresses at least s itself, so its loss
 *       is at least {@code s·N + (N − s)·k}; when that exceeds the best loss found the node is not
 *       evaluated.
 * </ul>
 *
 * Every feasible node is therefore either evaluated or provably worse than the result, which is
 * the exhaustive optimum.
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
    int[] rank = new int[nodes];
    for (int i = 0; i < nodes; i++) {
      rank[order[i]] = i;
    }
    int[] weight = new int[q];
    int w = 1;
    for (int i = q - 1; i >= 0; i--) {
      weight[i] = w;
      w *= heights[i];
    }
    long n = lattice.rows;
    boolean[] infeasible = new boolean[nodes];
    long[] floor = new long[nodes];
    int[] levels = new int[q];
    long evaluated = 0;
    int best = -1;
    long bestDm = Long.MAX_VALUE;

    // Greedy descent: from the top, step to the best feasible predecessor while one improves.
    int at = nodes - 1;
    decode(at, heights, levels);
    Lattice.Eval top = lattice.evaluate(levels, k, l, false);
    evaluated++;
    if (top.suppressed <= maxSuppressed) {
      best = at;
      bestDm = top.dm;
      while (true) {
        int next = -1;
        long nextDm = bestDm;
        decode(at, heights, levels);
        for (int i = 0; i < q; i++) {
          if (levels[i] == 0) {
            continue;
          }
          levels[i]--;
          Lattice.Eval e = lattice.evaluate(levels, k, l, false);
          evaluated++;
          levels[i]++;
          if (e.suppressed <= maxSuppressed && e.dm < nextDm) {
            next = at - weight[i];
            nextDm = e.dm;
          }
        }
        if (next < 0) {
          break;
        }
        at = next;
        best = next;
        bestDm = nextDm;
      }
    }

    for (int idx = nodes - 1; idx >= 0; idx--) {
      int node = order[idx];
      decode(node, heights, levels);
      if (!infeasible[node] && floor[node] <= bestDm) {
        Lattice.Eval e = lattice.evaluate(levels, k, l, false);
        evaluated++;
        if (e.suppressed > maxSuppressed) {
          infeasible[node] = true;
        } else {
          if (e.dm < bestDm || (e.dm == bestDm && rank[node] < rank[best])) {
            best = node;
            bestDm = e.dm;
          }
          floor[node] = Math.max(floor[node], e.suppressed * n + (n - e.suppressed) * Math.min(k, n));
        }
      }
      for (int i = 0; i < q; i++) {
        if (levels[i] > 0) {
          int down = node - weight[i];
          infeasible[down] |= infeasible[node];
          floor[down] = Math.max(floor[down], floor[node]);
        }
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    int[] found = new int[q];
    decode(best, heights, found);
    return Optional.of(new Found(found, lattice.evaluate(found, k, l, true), evaluated, total));
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
}
