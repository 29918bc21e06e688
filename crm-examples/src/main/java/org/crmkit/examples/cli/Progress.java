package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports the steps of a long-running subcommand on stderr ({@code "crm demo: loading ..."}),
 * unless quiet. Not thread-safe.
 */
final class Progress {
  private final PrintWriter err;
  private final String prefix;
  private final boolean quiet;

  /**
   * Creates a reporter.
   *
   * @param err the error stream
   * @param command the command's qualified name, for example {@code "crm demo"}
   * @param quiet whether to stay silent
   */
  Progress(PrintWriter err, String command, boolean quiet) {
    this.err = requireNonNull(err, "err");
    this.prefix = requireNonNull(command, "command") + ": ";
    this.quiet = quiet;
  }

  /**
   * Reports a step.
   *
   * @param format a {@link String#format} template
   * @param args its arguments
   */
  void step(String format, Object... args) {
    if (!quiet) {
      err.println(prefix + String.format(Locale.ROOT, format, args));
      err.flush();
    }
  }
}
