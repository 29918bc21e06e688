package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A CSV file with a header row, read row by row. Fields are separated by commas; a field may be
 * quoted with double quotes (a doubled quote inside stands for one). Every failure is an
 * {@link InputException} naming the file, the 1-based line and the column; values are echoed only
 * by the numeric parsers (numbers are not personal data), other fields are described by length.
 * Not thread-safe.
 */
final class CsvInput {
  private final Path file;
  private final List<String> header;

  private CsvInput(Path file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  /**
   * Reads the file, calling {@code rowSink} for each data row (blank lines are skipped).
   *
   * @param file the file
   * @param headerSink receives the parsed header first; it may check the columns it needs
   * @param rowSink receives each row
   * @throws InputException if the file is missing, unreadable, empty or has a malformed row
   */
  static void read(Path file, Consumer<CsvInput> headerSink, Consumer<Row> rowSink) {
    requireNonNull(file, "file");
    try (BufferedReader reader = Files.newBufferedReader(file, UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        throw new InputException(file, 1, "the header row", "present", "an empty file");
      }
      if (first.startsWith("\uFEFF")) {
        first = first.substring(1);
      }
      CsvInput csv = new CsvInput(file, split(file, 1, first).stream().map(String::strip).toList());
      headerSink.accept(csv);
      long lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = split(file, lineNumber, line);
        if (fields.size() != csv.header.size()) {
          throw new InputException(file, lineNumber, "the row", csv.header.size() + " fields like the header",
              fields.size() + " fields");
        }
        rowSink.accept(new Row(csv, lineNumber, fields));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, "the file", "an existing, readable file", "missing");
    } catch (IOException e) {
      throw new InputException(file, 0, "the file", "a readable UTF-8 text file",
          "unreadable (" + e.getClass().getSimpleName() + ")");
    } catch (UncheckedIOException e) {
      throw new InputException(file, 0, "the file", "a readable UTF-8 text file", "unreadable");
    }
  }

  /** Returns the file read. */
  Path file() {
    return file;
  }

  /**
   * Returns the index of a column.
   *
   * @param name the column's name in the header
   * @return its 0-based index
   * @throws InputException if the header has no such column
   */
  int column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new InputException(file, 1, "the header row", "a row with a column '" + name + "'",
          "columns " + header);
    }
    return index;
  }

  /** Returns whether the header has the column. */
  boolean hasColumn(String name) {
    return header.contains(name);
  }

  private static List<String> split(Path file, long lineNumber, String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InputException(file, lineNumber, "the row", "closed quotes", "an unterminated quoted field");
    }
    fields.add(field.toString());
    return fields;
  }

  /** One data row: its line number and fields, with parsers that fail with the file, line and column. */
  static final class Row {
    private final CsvInput csv;
    private final long line;
    private final List<String> fields;

    private Row(CsvInput csv, long line, List<String> fields) {
      this.csv = csv;
      this.line = line;
      this.fields = fields;
    }

    /** Returns the 1-based line number. */
    long line() {
      return line;
    }

    /** Returns the raw (stripped) field of a column. */
    String text(int column) {
      return fields.get(column).strip();
    }

    /** Returns a non-blank field, or fails naming its column. */
    String nonBlank(int column) {
      String value = text(column);
      if (value.isEmpty()) {
        throw failure(column, "non-blank", "blank");
      }
      return value;
    }

    /** Parses an integer in [min, max]. */
    int integer(int column, int min, int max) {
      String value = text(column);
      String expected = String.format(Locale.ROOT, "an integer in [%d, %d]", min, max);
      int parsed;
      try {
        parsed = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw failure(column, expected, numeric(value));
      }
      if (parsed < min || parsed > max) {
        throw failure(column, expected, "'" + value + "'");
      }
      return parsed;
    }

    /** Parses a finite number that is at least {@code min}. */
    double number(int column, double min) {
      String value = text(column);
      String expected = "a finite number >= " + (min == Math.rint(min) ? Long.toString((long) min) : Double.toString(min));
      double parsed;
      try {
        parsed = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw failure(column, expected, numeric(value));
      }
      if (!Double.isFinite(parsed) || parsed < min) {
        throw failure(column, expected, "'" + value + "'");
      }
      return parsed;
    }

    /** Parses an ISO date (yyyy-MM-dd) or a compact one (yyyyMMdd). */
    LocalDate date(int column) {
      String value = text(column);
      try {
        if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
          return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
              Integer.parseInt(value.substring(6)));
        }
        return LocalDate.parse(value);
      } catch (java.time.DateTimeException e) {
        throw failure(column, "an ISO date (yyyy-MM-dd or yyyyMMdd)", numeric(value));
      }
    }

    /** Returns the failure for a bad field. */
    InputException failure(int column, String expected, String found) {
      return new InputException(csv.file, line, "column '" + csv.header.get(column) + "'", expected, found);
    }

    /**
     * Describes a value that failed to parse as a number or date: quoted if it is short and made
     * of number characters only, otherwise only by its length, since it may be personal data
     * (a name, or a phone number of 11 digits in a shifted row).
     */
    private static String numeric(String value) {
      if (value.isEmpty()) {
        return "blank";
      }
      if (value.length() <= 10 && value.chars().allMatch(c -> "0123456789.+-eE:/ ".indexOf(c) >= 0)) {
        return "'" + value + "'";
      }
      return "a text of " + value.length() + " characters";
    }
  }
}
