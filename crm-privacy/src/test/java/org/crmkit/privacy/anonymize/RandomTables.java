package org.crmkit.privacy.anonymize;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small random tables with consistent random hierarchies, for the anonymiser's properties. */
final class RandomTables {
  private RandomTables() {}

  /** A table of quasi-identifiers q0…q(n-1) plus a sensitive column s, and one hierarchy each. */
  record Case(Table table, List<Hierarchy> hierarchies, int k, double suppression, int l) {
    List<String> qis() {
      return table.columns().subList(0, hierarchies.size());
    }

    Anonymizer anonymizer() {
      Anonymizer.Builder b = Anonymizer.builder().k(k).suppressionLimit(suppression);
      for (int i = 0; i < hierarchies.size(); i++) {
        b.quasiIdentifier("q" + i, hierarchies.get(i));
      }
      if (l > 1) {
        b.lDiversity("s", l);
      }
      return b.build();
    }
  }

  static Arbitrary<Case> cases() {
    return Arbitraries.integers().between(1, 3).flatMap(qis -> Combinators.combine(
        Arbitraries.integers().between(1, 4).list().ofSize(qis),
        Arbitraries.integers().between(0, 7).list().ofSize(qis + 1).list().ofMinSize(0).ofMaxSize(30),
        Arbitraries.integers().between(1, 4),
        Arbitraries.of(0.0, 0.1, 0.25, 0.5),
        Arbitraries.of(1, 1, 2, 3))
        .as((heights, cells, k, suppression, l) -> build(heights, cells, k, suppression, l)));
  }

  private static Case build(List<Integer> heights, List<List<Integer>> cells, int k,
      double suppression, int l) {
    List<String> columns = new ArrayList<>();
    List<Hierarchy> hierarchies = new ArrayList<>();
    for (int i = 0; i < heights.size(); i++) {
      columns.add("q" + i);
      hierarchies.add(hierarchy(heights.get(i)));
    }
    columns.add("s");
    List<List<String>> rows = new ArrayList<>();
    for (List<Integer> r : cells) {
      List<String> row = new ArrayList<>();
      for (int i = 0; i < heights.size(); i++) {
        row.add("v" + r.get(i));
      }
      row.add("s" + (r.get(heights.size()) % 3));
      rows.add(row);
    }
    return new Case(Table.of(columns, rows), hierarchies, k, suppression, l);
  }

  /** Values v0…v7; level j below the top groups them by i >> j; the top is "*". */
  static Hierarchy hierarchy(int height) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      List<String> row = new ArrayList<>();
      row.add("v" + i);
      for (int j = 1; j < height; j++) {
        row.add(j == height - 1 ? "*" : "g" + j + "_" + (i >> j));
      }
      rows.add(row);
    }
    return Hierarchies.ofTable(rows);
  }
}
