package org.crmkit.privacy.anonymize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CSV tables with a header line, separated by {@code ;} or {@code ,} (RFC 4180
 * quoting with {@code "}, LF or CRLF line ends). The separator of a table read is the first of
 * {@code ;} and {@code ,} that occurs in its header line, {@code ;} when it has both. Stateless and
 * thread-safe.
 *
 * <p>Errors are {@link CsvFormatException}s naming the line (1-based, the header is line 1) and
 * the column (1-based), never a cell's content.
 */
public final class CsvTables {
  private CsvTables() {}

  /**
   * Reads a table from text.
   *
   * @param reader the text; read to the end, not closed
   * @return the table
   * @throws CsvFormatException if the text is empty, a quote is not closed, a row has another
   *     number of cells than the header, or the header repeats or leaves out a column name
   * @throws UncheckedIOException if reading fails
   */
  public static Table read(Reader reader) {
    requireNonNull(reader, "reader");
    String text = slurp(reader);
    int eol = text.indexOf('\n');
    String header = eol < 0 ? text : text.substring(0, eol);
    char separator = header.indexOf(';') >= 0 ? ';' : ',';
    List<List<String>> records = records(text, separator);
    if (records.isEmpty()) {
      throw new CsvFormatException("line 1: the table must have a header line but was empty");
    }
    List<String> columns = records.get(0);
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).isBlank()) {
        throw new CsvFormatException("line 1, column " + (c + 1) + ": the column name is blank");
      }
      if (columns.subList(0, c).contains(columns.get(c))) {
        throw new CsvFormatException("line 1, column " + (c + 1) + ": the column name "
            + columns.get(c) + " is repeated");
      }
    }
    List<List<String>> rows = records.subList(1, records.size());
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).size() != columns.size()) {
        throw new CsvFormatException("line " + (r + 2) + ", column "
            + (Math.min(rows.get(r).size(), columns.size()) + 1) + ": the row has "
            + rows.get(r).size() + " cells but the header has " + columns.size());
      }
    }
    return new Table(columns, rows);
  }

  /**
   * Reads a table from a UTF-8 file.
   *
   * @param file the file
   * @return the table
   * @throws CsvFormatException as {@link #read(Reader)}, with the file name in the message
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Table read(Path file) {
    requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    } catch (CsvFormatException e) {
      throw new CsvFormatException(file.getFileName() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a table with its header, quoting cells that contain the separator, a quote or a line
   * break; lines end with LF.
   *
   * @param table the table
   * @param writer where to write; not closed
   * @param separator {@code ;} or {@code ,}
   * @throws IllegalArgumentException if the separator is neither {@code ;} nor {@code ,}
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Table table, Writer writer, char separator) {
    requireNonNull(table, "table");
    requireNonNull(writer, "writer");
    checkArgument(separator == ';' || separator == ',',
        "separator must be ';' or ',' but was %s", separator);
    try {
      writeLine(writer, table.columns(), separator);
      for (List<String> row : table.rows()) {
        writeLine(writer, row, separator);
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits text into records of cells, without treating any line as a header.
   *
   * @param text the text
   * @param separator the separator
   * @return the records; a final empty line is dropped
   * @throws CsvFormatException if a quote is not closed or text follows a closing quote
   */
  static List<List<String>> records(String text, char separator) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int i = 0;
    int n = text.length();
    boolean any = false;
    while (i < n) {
      char ch = text.charAt(i);
      if (ch == '"' && cell.length() == 0) {
        int startLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new CsvFormatException("line " + startLine + ", column " + (record.size() + 1)
                + ": the quoted cell is not closed");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          cell.append(q);
          i++;
        }
        any = true;
        if (i < n && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new CsvFormatException("line " + line + ", column " + (record.size() + 1)
              + ": text follows the closing quote");
        }
        continue;
      }
      if (ch == separator) {
        record.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        out.add(record);
        record = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
      } else {
        cell.append(ch);
        any = true;
      }
      i++;
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      out.add(record);
    }
    return out;
  }

  private static void writeLine(Writer w, List<String> cells, char separator) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(separator);
      }
      String c = cells.get(i);
      if (c.indexOf(separator) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        w.write('"');
        w.write(c.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(c);
      }
    }
    w.write('\n');
  }

  private static String slurp(Reader reader) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int r;
      while ((r = reader.read(buf)) >= 0) {
        sb.append(buf, 0, r);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
