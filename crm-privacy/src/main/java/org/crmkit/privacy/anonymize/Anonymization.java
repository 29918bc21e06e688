package org.crmkit.privacy.anonymize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A release that passed its post-condition: the released rows (quasi-identifiers generalised,
 * other columns unchanged, input order kept, suppressed rows left out) and the summary figures.
 * Immutable and thread-safe. {@link #toString()} shows the figures, never the cells.
 *
 * @param released the released table
 * @param rows the number of rows anonymised (after the filters ran)
 * @param suppressed the number of rows withheld, at most the suppression limit
 * @param k the k it satisfies
 * @param l the distinct l-diversity it satisfies, if asked
 * @param levels the generalisation level of each quasi-identifier, in the order they were given
 * @param informationLoss the normalised discernibility metric, in {@code [0, 1]} (see the package
 *     documentation); 0 only for an empty input
 * @param nodesEvaluated the lattice nodes the search evaluated
 * @param latticeSize the number of nodes in the lattice
 */
public record Anonymization(Table released, int rows, int suppressed, int k, OptionalInt l,
    Map<String, Integer> levels, double informationLoss, long nodesEvaluated, long latticeSize) {
  /**
   * Validates and copies the parts.
   *
   * @throws IllegalArgumentException if the counts do not add up or are out of range
   */
  public Anonymization {
    requireNonNull(released, "released");
    requireNonNull(l, "l");
    checkArgument(suppressed >= 0 && released.size() + suppressed == rows,
        "released + suppressed must equal rows but was %s + %s != %s", released.size(), suppressed,
        rows);
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    checkArgument(informationLoss >= 0 && informationLoss <= 1,
        "informationLoss must be in [0, 1] but was %s", informationLoss);
    levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
  }

  /**
   * Returns the number of released rows.
   *
   * @return {@code rows - suppressed}
   */
  public int releasedRows() {
    return released.size();
  }

  @Override
  public String toString() {
    return "Anonymization[rows=" + rows + ", released=" + released.size() + ", suppressed="
        + suppressed + ", k=" + k + ", l=" + l + ", levels=" + levels + ", informationLoss="
        + informationLoss + "]";
  }
}
