package org.crmkit.privacy.anonymize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of text cells with named columns: the input and output of the anonymiser. Immutable and
 * thread-safe.
 *
 * <p>The cells may be personal data, so {@link #toString()} shows the columns and the row count
 * only.
 *
 * @param columns the column names, distinct, not blank
 * @param rows the rows, each with exactly one cell per column
 */
public record Table(List<String> columns, List<List<String>> rows) {
  /**
   * Validates and copies the parts.
   *
   * @throws IllegalArgumentException if a column name is blank or repeated, or a row has the wrong
   *     number of cells
   */
  public Table {
    columns = List.copyOf(columns);
    checkArgument(!columns.isEmpty(), "columns must not be empty but was empty");
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      checkArgument(!c.isBlank(), "columns must not be blank but column %s was", seen.size());
      checkArgument(seen.add(c), "columns must be distinct but %s was repeated", c);
    }
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = List.copyOf(rows.get(i));
      checkArgument(row.size() == columns.size(),
          "rows must have %s cells but row %s had %s", columns.size(), i, row.size());
      copy.add(row);
    }
    rows = List.copyOf(copy);
  }

  /**
   * Returns a table.
   *
   * @param columns the column names
   * @param rows the rows
   * @return the table
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Table of(List<String> columns, List<List<String>> rows) {
    return new Table(columns, rows);
  }

  /**
   * Returns the index of a column.
   *
   * @param column the column name
   * @return its zero-based index
   * @throws IllegalArgumentException if the table has no such column
   */
  public int indexOf(String column) {
    requireNonNull(column, "column");
    int i = columns.indexOf(column);
    checkArgument(i >= 0, "column must be one of %s but was %s", columns, column);
    return i;
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count
   */
  public int size() {
    return rows.size();
  }

  /**
   * Returns the table without the rows whose index is not in {@code keep}.
   *
   * @param keep the row indexes to keep, ascending
   * @return the filtered table
   */
  Table select(int[] keep) {
    List<List<String>> out = new ArrayList<>(keep.length);
    for (int i : keep) {
      out.add(rows.get(i));
    }
    return new Table(columns, out);
  }

  /** Shows the columns and the row count, never the cells. */
  @Override
  public String toString() {
    return "Table[columns=" + columns + ", rows=" + rows.size() + "]";
  }
}
