package org.crmkit.privacy.anonymize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The exhaustive reference: every lattice node, computed on strings, independently of the search. */
final class BruteForce {
  private BruteForce() {}

  /** One node's outcome. */
  record Node(List<Integer> levels, long suppressed, long dm) {}

  /** All nodes in the anonymiser's visiting order (level sum, then lexicographic). */
  static List<Node> all(RandomTables.Case c) {
    List<List<Integer>> nodes = new ArrayList<>();
    nodes.add(List.of());
    for (Hierarchy h : c.hierarchies()) {
      List<List<Integer>> next = new ArrayList<>();
      for (List<Integer> n : nodes) {
        for (int lv = 0; lv < h.height(); lv++) {
          List<Integer> m = new ArrayList<>(n);
          m.add(lv);
          next.add(m);
        }
      }
      nodes = next;
    }
    nodes.sort(java.util.Comparator.comparingInt(
        (List<Integer> n) -> n.stream().mapToInt(Integer::intValue).sum()));
    List<Node> out = new ArrayList<>();
    for (List<Integer> n : nodes) {
      out.add(evaluate(c, n));
    }
    return out;
  }

  static Optional<Node> optimum(RandomTables.Case c) {
    long max = (long) Math.floor(c.suppression() * c.table().size() + 1e-9);
    Node best = null;
    for (Node n : all(c)) {
      if (n.suppressed() <= max && (best == null || n.dm() < best.dm())) {
        best = n;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Node evaluate(RandomTables.Case c, List<Integer> levels) {
    Map<List<String>, List<String>> sensitive = new HashMap<>();
    for (List<String> row : c.table().rows()) {
      List<String> key = new ArrayList<>();
      for (int i = 0; i < levels.size(); i++) {
        key.add(c.hierarchies().get(i).generalise(row.get(i), levels.get(i)));
      }
      sensitive.computeIfAbsent(key, x -> new ArrayList<>()).add(row.get(levels.size()));
    }
    long n = c.table().size();
    long suppressed = 0;
    long dm = 0;
    for (List<String> values : sensitive.values()) {
      Set<String> distinct = new HashSet<>(values);
      if (values.size() >= c.k() && (c.l() <= 1 || distinct.size() >= c.l())) {
        dm += (long) values.size() * values.size();
      } else {
        suppressed += values.size();
      }
    }
    return new Node(levels, suppressed, dm + suppressed * n);
  }
}
