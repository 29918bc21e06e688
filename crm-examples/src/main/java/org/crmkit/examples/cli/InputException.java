package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.crmkit.core.json.JsonFormatException;

/**
 * Bad input in a file a subcommand reads: the error line names the file, the line, the field,
 * what was expected and what was found; the exit code is 2. Messages must not carry personal
 * data: describe a bad value by its shape (length, kind), not by its text.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file read
   * @param line the 1-based line, or 0 if unknown
   * @param field the field (a JSON path or column name)
   * @param expected what was expected, for example {@code "an ISO date"}
   * @param found what was found, described without personal data
   */
  InputException(Path file, long line, String field, String expected, String found) {
    super(requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": "
        + requireNonNull(field, "field") + " must be " + requireNonNull(expected, "expected")
        + " but was " + requireNonNull(found, "found"));
  }

  /**
   * Creates the exception for a JSON document that crmkit could not read, keeping its line,
   * column, JSON path and problem (which never carry the offending value).
   *
   * @param file the file read
   * @param e the reader's failure
   */
  InputException(Path file, JsonFormatException e) {
    super(requireNonNull(file, "file") + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "")
        + ": " + (e.field().isEmpty() ? "document" : e.field()) + ": " + e.problem(), e);
  }
}
