package org.crmkit.privacy.anonymize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain checks: is a table k-anonymous, is it distinctly l-diverse. They group rows by their
 * quasi-identifier cells exactly as written (no hierarchy involved), so they also check tables
 * that were anonymised elsewhere, for example by ARX. Stateless and thread-safe.
 */
public final class KAnonymity {
  private KAnonymity() {}

  /**
   * Returns whether every group of rows with equal quasi-identifier cells has at least k rows. An
   * empty table is k-anonymous.
   *
   * @param table the table
   * @param quasiIdentifiers the columns, at least one
   * @param k the least group size, at least 1
   * @return whether the table is k-anonymous
   * @throws IllegalArgumentException if k is below 1, no column is given, or a column is missing
   */
  public static boolean isKAnonymous(Table table, List<String> quasiIdentifiers, int k) {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    return smallestClass(table, quasiIdentifiers) >= k;
  }

  /**
   * Returns whether every group of rows with equal quasi-identifier cells has at least l distinct
   * values in the sensitive column (distinct l-diversity, Machanavajjhala et al., ICDE 2006).
   *
   * @param table the table
   * @param quasiIdentifiers the columns, at least one
   * @param sensitive the sensitive column, not a quasi-identifier
   * @param l the least number of distinct values, at least 1
   * @return whether the table is distinctly l-diverse
   * @throws IllegalArgumentException if l is below 1 or a column is missing or repeated
   */
  public static boolean isLDiverse(Table table, List<String> quasiIdentifiers, String sensitive,
      int l) {
    checkArgument(l >= 1, "l must be >= 1 but was %s", l);
    requireNonNull(sensitive, "sensitive");
    checkArgument(!quasiIdentifiers.contains(sensitive),
        "sensitive must not be a quasi-identifier but was %s", sensitive);
    int s = table.indexOf(sensitive);
    int[] cols = columns(table, quasiIdentifiers);
    Map<List<String>, Set<String>> values = new HashMap<>();
    for (List<String> row : table.rows()) {
      values.computeIfAbsent(key(row, cols), x -> new HashSet<>()).add(row.get(s));
    }
    return values.values().stream().allMatch(v -> v.size() >= l);
  }

  /**
   * Returns the size of the smallest group of rows with equal quasi-identifier cells.
   *
   * @param table the table
   * @param quasiIdentifiers the columns, at least one
   * @return the smallest group's size, or {@link Integer#MAX_VALUE} for an empty table
   * @throws IllegalArgumentException if no column is given or a column is missing or repeated
   */
  public static int smallestClass(Table table, List<String> quasiIdentifiers) {
    int[] cols = columns(table, quasiIdentifiers);
    Map<List<String>, Integer> sizes = new HashMap<>();
    for (List<String> row : table.rows()) {
      sizes.merge(key(row, cols), 1, Integer::sum);
    }
    return sizes.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
  }

  private static int[] columns(Table table, List<String> quasiIdentifiers) {
    requireNonNull(table, "table");
    requireNonNull(quasiIdentifiers, "quasiIdentifiers");
    checkArgument(!quasiIdentifiers.isEmpty(), "quasiIdentifiers must not be empty but was empty");
    checkArgument(new HashSet<>(quasiIdentifiers).size() == quasiIdentifiers.size(),
        "quasiIdentifiers must be distinct but was %s", quasiIdentifiers);
    int[] cols = new int[quasiIdentifiers.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = table.indexOf(quasiIdentifiers.get(i));
    }
    return cols;
  }

  private static List<String> key(List<String> row, int[] cols) {
    List<String> key = new ArrayList<>(cols.length);
    for (int c : cols) {
      key.add(row.get(c));
    }
    return key;
  }
}
