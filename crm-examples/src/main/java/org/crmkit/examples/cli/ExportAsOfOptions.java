package org.crmkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --input FILE --as-of DATE} pair that the operations subcommands share, as a picocli
 * mixin: FILE is a {@code crmkit-export/1} document, DATE the explicit as-of date (no clock is read).
 */
final class ExportAsOfOptions {

  @Option(names = "--input", paramLabel = "FILE", required = true,
      description = "The customers, a crmkit-export/1 JSON file.")
  Path input;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, converter = AsOfDateConverter.class,
      description = "The as-of date, ISO yyyy-MM-dd; no clock is read.")
  LocalDate asOf;
}
