package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.json.JsonFormatException;
import org.crmkit.core.profile.CustomerProfile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the {@code --input} of the subcommands: a {@code crmkit-export/1} customers file as {@code
 * crm demo --export} writes it, profile by profile or whole. Also fixes the zone an as-of date is
 * read in. Stateless.
 */
final class ExportInput {
  /**
   * The zone that turns an as-of date into an instant: China (UTC+8), as the synthetic base uses
   * ({@code SyntheticCustomerBase#asOfInstant}).
   */
  static final ZoneId ZONE = ZoneOffset.ofHours(8);

  private ExportInput() {}

  /**
   * Returns the start of an as-of date in {@link #ZONE}.
   *
   * @param asOf the date
   * @return the instant
   */
  static Instant startOf(LocalDate asOf) {
    return asOf.atStartOfDay(ZONE).toInstant();
  }

  /**
   * Reads every profile of an export file.
   *
   * @param spec the command, for the usage error
   * @param file the file
   * @return the profiles, in document order
   * @throws ParameterException if the file is missing or not readable (exit 2)
   * @throws InputException if the document is not a valid export (exit 2)
   */
  static List<CustomerProfile> read(CommandSpec spec, Path file) {
    requireNonNull(spec, "spec");
    requireNonNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(),
          "--input must be a readable crmkit-export/1 file but was '" + file + "'");
    }
    List<CustomerProfile> profiles = new ArrayList<>();
    read(file, profiles::add);
    return profiles;
  }

  /**
   * Streams the profiles of an export file to a sink.
   *
   * @param file the export file
   * @param sink receives each profile in document order
   * @throws InputException if the file is missing, unreadable or not a valid export document
   */
  static void read(Path file, Consumer<? super CustomerProfile> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      CustomerExport.read(in, sink);
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, "the file", "an existing, readable file", "missing");
    } catch (JsonFormatException e) {
      throw new InputException(file, e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file, 0, "the file", "a readable " + CustomerExport.FORMAT + " document",
          "unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }
}
