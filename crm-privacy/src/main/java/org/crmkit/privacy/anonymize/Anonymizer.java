package org.crmkit.privacy.anonymize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.DataDictionary;

/**
 * Anonymises a table to k-anonymity (and optionally distinct l-diversity on one sensitive column)
 * by full-domain generalisation of the quasi-identifiers plus suppression of at most a given
 * fraction of the rows, choosing the lattice node with the least information loss (see the
 * package documentation for the metric, the search and the post-condition). Immutable and
 * thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * Anonymization a = Anonymizer.builder()
 *     .quasiIdentifier("age", Hierarchies.ageBands())
 *     .quasiIdentifier("zip", Hierarchies.readArx(dir.resolve("x_hierarchy_zip.csv")))
 *     .k(5).suppressionLimit(0.04)
 *     .build()
 *     .anonymize(CsvTables.read(file));
 * }</pre>
 */
public final class Anonymizer {
  private final Map<String, Hierarchy> quasiIdentifiers;
  private final int k;
  private final double suppressionLimit;
  private final Optional<String> sensitive;
  private final int l;

  private Anonymizer(Builder b) {
    this.quasiIdentifiers = new LinkedHashMap<>(b.quasiIdentifiers);
    this.k = b.k;
    this.suppressionLimit = b.suppressionLimit;
    this.sensitive = b.sensitive;
    this.l = b.l;
  }

  /**
   * Returns a builder with k = 2, no suppression and no l-diversity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Anonymises every row of a table.
   *
   * @param table the table; must have every quasi-identifier (and the sensitive) column
   * @return the release
   * @throws AnonymizationFailedException if no node satisfies the criteria within the suppression
   *     limit, or the release fails the post-condition; nothing is released
   * @throws IllegalArgumentException if a column is missing or a hierarchy does not cover a value
   */
  public Anonymization anonymize(Table table) {
    return anonymize(table, row -> true);
  }

  /**
   * Anonymises the rows of a table that pass a filter. The filter runs first (opt-outs and
   * erasures are removed before the search, never after, which would break k); the suppression
   * limit is a fraction of the rows that pass.
   *
   * @param table the table
   * @param keep whether to keep the row at an index
   * @return the release
   * @throws AnonymizationFailedException as {@link #anonymize(Table)}
   * @throws IllegalArgumentException as {@link #anonymize(Table)}
   */
  public Anonymization anonymize(Table table, IntPredicate keep) {
    requireNonNull(table, "table");
    requireNonNull(keep, "keep");
    int[] kept = java.util.stream.IntStream.range(0, table.size()).filter(keep).toArray();
    Table input = kept.length == table.size() ? table : table.select(kept);
    List<String> qis = new ArrayList<>(quasiIdentifiers.keySet());
    int sensitiveColumn = sensitive.map(input::indexOf).orElse(-1);
    long maxSuppressed = (long) Math.floor(suppressionLimit * input.size() + 1e-9);
    Lattice lattice = new Lattice(input, qis, new ArrayList<>(quasiIdentifiers.values()),
        sensitiveColumn);
    LatticeSearch.Found found = LatticeSearch.search(lattice, k, l, maxSuppressed)
        .orElseThrow(() -> new AnonymizationFailedException("no generalisation of " + qis
            + " reaches k=" + k + (l > 1 ? ", l=" + l : "") + " with at most " + maxSuppressed
            + " of " + input.size() + " rows suppressed"));
    return release(input, qis, lattice, found, maxSuppressed);
  }

  private Anonymization release(Table input, List<String> qis, Lattice lattice,
      LatticeSearch.Found found, long maxSuppressed) {
    int[] columns = qis.stream().mapToInt(input::indexOf).toArray();
    List<Hierarchy> hierarchies = new ArrayList<>(quasiIdentifiers.values());
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < input.size(); r++) {
      if (!found.eval().ok[found.eval().tupleClass[lattice.rowTuple[r]]]) {
        continue;
      }
      List<String> row = new ArrayList<>(input.rows().get(r));
      for (int i = 0; i < columns.length; i++) {
        row.set(columns[i], hierarchies.get(i).generalise(row.get(columns[i]), found.levels()[i]));
      }
      out.add(row);
    }
    Table released = new Table(input.columns(), out);
    int suppressed = input.size() - released.size();
    // The post-condition, independent of the search: a failure here releases nothing.
    boolean valid = suppressed <= maxSuppressed && KAnonymity.isKAnonymous(released, qis, k)
        && (l <= 1 || KAnonymity.isLDiverse(released, qis, sensitive.orElseThrow(), l));
    if (!valid) {
      throw new AnonymizationFailedException("the release of " + input.size()
          + " rows failed its post-condition (k=" + k + ", l=" + l + ", suppressed=" + suppressed
          + ", limit=" + maxSuppressed + "); nothing was released");
    }
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (int i = 0; i < qis.size(); i++) {
      levels.put(qis.get(i), found.levels()[i]);
    }
    double n = input.size();
    double loss = input.size() == 0 ? 0 : found.eval().dm / (n * n);
    return new Anonymization(released, input.size(), suppressed, k,
        l > 1 ? OptionalInt.of(l) : OptionalInt.empty(), levels, Math.min(1.0, loss),
        found.evaluated(), found.nodes());
  }

  /**
   * Returns the quasi-identifiers and their hierarchies, in order.
   *
   * @return an unmodifiable copy
   */
  public Map<String, Hierarchy> quasiIdentifiers() {
    return java.util.Collections.unmodifiableMap(quasiIdentifiers);
  }

  @Override
  public String toString() {
    return "Anonymizer[qis=" + quasiIdentifiers.keySet() + ", k=" + k + ", suppressionLimit="
        + suppressionLimit + ", l=" + l + ", sensitive=" + sensitive + "]";
  }

  /** Builds an {@link Anonymizer}. Mutable and not thread-safe. */
  public static final class Builder {
    private final Map<String, Hierarchy> quasiIdentifiers = new LinkedHashMap<>();
    private int k = 2;
    private double suppressionLimit;
    private Optional<String> sensitive = Optional.empty();
    private int l = 1;

    private Builder() {}

    /**
     * Adds a quasi-identifier with its hierarchy.
     *
     * @param column the column name
     * @param hierarchy its generalisation hierarchy
     * @return this builder
     * @throws IllegalArgumentException if the column was added already
     */
    public Builder quasiIdentifier(String column, Hierarchy hierarchy) {
      requireNonNull(column, "column");
      requireNonNull(hierarchy, "hierarchy");
      checkArgument(!quasiIdentifiers.containsKey(column),
          "column must not be added twice but %s was", column);
      quasiIdentifiers.put(column, hierarchy);
      return this;
    }

    /**
     * Adds as quasi-identifiers the columns, named by their dictionary path (for example {@code
     * customer.region}), that the dictionary classifies {@link Category#PERSONAL}; the others are
     * not quasi-identifiers (identity fields never belong in an anonymous batch, sensitive ones
     * are candidates for l-diversity).
     *
     * @param dictionary the data dictionary
     * @param hierarchies a hierarchy for each candidate column, in order
     * @return this builder
     * @throws IllegalArgumentException if a column was added already
     */
    public Builder quasiIdentifiersFrom(DataDictionary dictionary, Map<String, Hierarchy> hierarchies) {
      requireNonNull(dictionary, "dictionary");
      requireNonNull(hierarchies, "hierarchies");
      hierarchies.forEach((column, h) -> {
        if (dictionary.categoryOf(column) == Category.PERSONAL) {
          quasiIdentifier(column, h);
        }
      });
      return this;
    }

    /**
     * Sets k, the least size of every released group of equal quasi-identifiers.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is below 1
     */
    public Builder k(int value) {
      checkArgument(value >= 1, "k must be >= 1 but was %s", value);
      this.k = value;
      return this;
    }

    /**
     * Sets the fraction of rows that may be withheld.
     *
     * @param fraction in {@code [0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if the fraction is out of range
     */
    public Builder suppressionLimit(double fraction) {
      checkArgument(fraction >= 0 && fraction <= 1,
          "suppressionLimit must be in [0, 1] but was %s", fraction);
      this.suppressionLimit = fraction;
      return this;
    }

    /**
     * Asks for distinct l-diversity on a sensitive column.
     *
     * @param column the sensitive column, not a quasi-identifier
     * @param value l, at least 1
     * @return this builder
     * @throws IllegalArgumentException if l is below 1
     */
    public Builder lDiversity(String column, int value) {
      requireNonNull(column, "column");
      checkArgument(value >= 1, "l must be >= 1 but was %s", value);
      this.sensitive = Optional.of(column);
      this.l = value;
      return this;
    }

    /**
     * Builds the anonymiser.
     *
     * @return the anonymiser
     * @throws IllegalStateException if there is no quasi-identifier, or the sensitive column is
     *     also a quasi-identifier
     */
    public Anonymizer build() {
      checkState(!quasiIdentifiers.isEmpty(), "quasiIdentifiers must not be empty but was empty");
      checkState(sensitive.isEmpty() || !quasiIdentifiers.containsKey(sensitive.get()),
          "sensitive must not be a quasi-identifier but was %s", sensitive.orElse(""));
      return new Anonymizer(this);
    }
  }
}
