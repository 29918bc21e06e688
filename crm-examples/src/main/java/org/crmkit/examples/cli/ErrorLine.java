package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The one line a failed {@code crm} command writes to stderr: {@code "<command>: <message>"},
 * for example {@code crm demo: --customers must be an integer in [1, 2000000] but was 'abc'}.
 * Shared by the usage-error and the internal-error handler so every subcommand reports alike.
 */
final class ErrorLine {
  /** Longest message kept; a longer one is cut and ends in "...". */
  static final int MAX_LENGTH = 500;

  private ErrorLine() {}

  /**
   * Formats the line.
   *
   * @param spec the command that failed
   * @param message what went wrong, possibly over several lines
   * @return one line without a line terminator
   */
  static String of(CommandSpec spec, String message) {
    requireNonNull(spec, "spec");
    return spec.qualifiedName() + ": " + singleLine(message == null ? "no message" : message);
  }

  /** Joins the lines of a text with spaces, collapses runs of whitespace and caps the length. */
  static String singleLine(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
  }
}
