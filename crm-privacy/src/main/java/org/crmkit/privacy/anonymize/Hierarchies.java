package org.crmkit.privacy.anonymize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crmkit.privacy.mask.Generalisations;

/**
 * Factories of {@link Hierarchy}: tables in ARX's CSV format and built-in hierarchies for ages,
 * dates, regions and incomes. In the built-in ones an empty value (a missing field) generalises
 * to {@code *} at every level above 0. Every hierarchy returned is immutable and thread-safe.
 */
public final class Hierarchies {
  /** The top value of every built-in hierarchy. */
  public static final String TOP = "*";

  private static final List<BigDecimal> COARSE_INCOME =
      List.of(BigDecimal.ZERO, BigDecimal.valueOf(100_000), BigDecimal.valueOf(1_000_000));

  private Hierarchies() {}

  /**
   * Returns a hierarchy given as a table: each row is an original value followed by its
   * generalisation at level 1, 2, …
   *
   * @param rows the rows, all of the same length, at least one, with distinct first cells
   * @return the hierarchy
   * @throws IllegalArgumentException if the rows are empty, of unequal length, repeat an original
   *     value, or are inconsistent (two values share a level but not the next); the message names
   *     the row (1-based) and level only
   */
  public static Hierarchy ofTable(List<List<String>> rows) {
    requireNonNull(rows, "rows");
    checkArgument(!rows.isEmpty(), "rows must not be empty but was empty");
    int height = rows.get(0).size();
    checkArgument(height >= 1, "rows must have at least one cell but row 1 had 0");
    Map<String, List<String>> byValue = new HashMap<>();
    List<Map<String, String>> up = new ArrayList<>();
    for (int l = 0; l + 1 < height; l++) {
      up.add(new HashMap<>());
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = List.copyOf(rows.get(r));
      checkArgument(row.size() == height,
          "rows must all have %s cells but row %s had %s", height, r + 1, row.size());
      checkArgument(byValue.put(row.get(0), row) == null,
          "rows must have distinct original values but row %s repeats one", r + 1);
      for (int l = 0; l + 1 < height; l++) {
        String prior = up.get(l).putIfAbsent(row.get(l), row.get(l + 1));
        // Level 0 keys are distinct already; above it, a shared value must share its parent.
        checkArgument(prior == null || prior.equals(row.get(l + 1)),
            "hierarchy must be consistent but row %s generalises a shared level-%s value "
                + "differently at level %s", r + 1, l, l + 1);
      }
    }
    return new TableHierarchy(Map.copyOf(byValue), height);
  }

  /**
   * Parses a hierarchy in ARX's CSV format: {@code value;level1;level2;…;*}, one row per original
   * value, no header, separated by {@code ;} (or {@code ,} when no line has a {@code ;}).
   *
   * @param text the hierarchy text
   * @return the hierarchy
   * @throws CsvFormatException if a quote is not closed, or the rows are empty, of unequal length,
   *     repeat a value or are inconsistent; the message names the line
   */
  public static Hierarchy parseArx(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    List<List<String>> rows = CsvTables.records(s, s.indexOf(';') >= 0 ? ';' : ',');
    try {
      return ofTable(rows);
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException("hierarchy: " + e.getMessage().replace("row ", "line "), e);
    }
  }

  /**
   * Reads a hierarchy file in ARX's CSV format (UTF-8).
   *
   * @param file the file
   * @return the hierarchy
   * @throws CsvFormatException as {@link #parseArx(CharSequence)}, naming the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Hierarchy readArx(Path file) {
    requireNonNull(file, "file");
    try {
      return parseArx(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CsvFormatException e) {
      throw new CsvFormatException(file.getFileName() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every {@code *_hierarchy_<column>.csv} file of a directory (the layout of ARX's sample
   * data, for example {@code adult_hierarchy_age.csv}).
   *
   * @param directory the directory
   * @return the hierarchies by column name, in file-name order
   * @throws CsvFormatException if a file cannot be parsed, or two files name the same column
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static Map<String, Hierarchy> readArxDirectory(Path directory) {
    requireNonNull(directory, "directory");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*_hierarchy_*.csv")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    Map<String, Hierarchy> out = new LinkedHashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String column = name.substring(name.indexOf("_hierarchy_") + "_hierarchy_".length(),
          name.length() - ".csv".length());
      if (out.put(column, readArx(f)) != null) {
        throw new CsvFormatException(name + ": a second hierarchy for column " + column);
      }
    }
    return out;
  }

  /**
   * Ages in whole years: the age, 5-year band ({@code 30-34}), 10-year band ({@code 30-39}),
   * 20-year band ({@code 20-39}), {@code *}.
   *
   * @return the hierarchy (height 5)
   */
  public static Hierarchy ageBands() {
    return new FunctionHierarchy("age", List.of(
        v -> band(age(v), 5), v -> Generalisations.ageBand(age(v)), v -> band(age(v), 20),
        v -> TOP));
  }

  /**
   * ISO dates ({@code 1990-05-17}): the date, its month ({@code 1990-05}), its year, {@code *}.
   *
   * @return the hierarchy (height 4)
   */
  public static Hierarchy dates() {
    return new FunctionHierarchy("date", List.of(
        v -> Generalisations.month(date(v)), v -> Generalisations.year(date(v)), v -> TOP));
  }

  /**
   * Regions written {@code country/province/city} (fewer parts for coarser regions, as in
   * {@code CN/Guangdong}): the region, its province, its country, {@code *}. A region with fewer
   * parts stays itself where it has no finer part to drop.
   *
   * @return the hierarchy (height 4)
   */
  public static Hierarchy regions() {
    return new FunctionHierarchy("region", List.of(
        v -> prefix(v, 2), v -> prefix(v, 1), v -> TOP));
  }

  /**
   * Yearly incomes as decimal numbers: the amount, its band of {@link
   * Generalisations#INCOME_BOUNDS}, its band of {@code 0, 100000, 1000000}, {@code *}.
   *
   * @return the hierarchy (height 4)
   */
  public static Hierarchy incomeBands() {
    return new FunctionHierarchy("income", List.of(
        v -> Generalisations.band(number(v), Generalisations.INCOME_BOUNDS),
        v -> Generalisations.band(number(v), COARSE_INCOME), v -> TOP));
  }

  private static String band(int age, int width) {
    int lo = age / width * width;
    return lo + "-" + (lo + width - 1);
  }

  private static int age(String v) {
    try {
      int age = Integer.parseInt(v.trim());
      checkArgument(age >= 0, "age must be >= 0 but was negative");
      return age;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("age must be a whole number of years but was not");
    }
  }

  private static LocalDate date(String v) {
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be an ISO date (yyyy-mm-dd) but was not");
    }
  }

  private static BigDecimal number(String v) {
    try {
      return new BigDecimal(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("income must be a decimal number but was not");
    }
  }

  private static String prefix(String v, int parts) {
    String[] p = v.split("/", -1);
    return String.join("/", List.of(p).subList(0, Math.min(parts, p.length)));
  }

  /** A hierarchy given by its table. */
  private record TableHierarchy(Map<String, List<String>> byValue, int height) implements Hierarchy {
    @Override
    public String generalise(String value, int level) {
      checkArgument(level >= 0 && level < height, "level must be in [0, %s) but was %s", height, level);
      List<String> row = byValue.get(value);
      checkArgument(row != null, "value must be covered by the hierarchy but was not");
      return row.get(level);
    }

    @Override
    public String toString() {
      return "Hierarchy[table, values=" + byValue.size() + ", height=" + height + "]";
    }
  }

  /** A hierarchy given by one function per level above the original. */
  private record FunctionHierarchy(String name, List<UnaryOperator<String>> levels) implements Hierarchy {
    @Override
    public int height() {
      return levels.size() + 1;
    }

    @Override
    public String generalise(String value, int level) {
      requireNonNull(value, "value");
      checkArgument(level >= 0 && level <= levels.size(),
          "level must be in [0, %s) but was %s", levels.size() + 1, level);
      if (level == 0) {
        return value;
      }
      // A missing value (empty cell) is covered: it is already as coarse as the top.
      return value.isEmpty() ? TOP : levels.get(level - 1).apply(value);
    }

    @Override
    public String toString() {
      return "Hierarchy[" + name + ", height=" + height() + "]";
    }
  }
}
