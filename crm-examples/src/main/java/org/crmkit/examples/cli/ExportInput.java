package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.json.JsonFormatException;
import org.crmkit.core.profile.CustomerProfile;

/** Reads a {@code crmkit-export/1} customers file (written by {@code crm demo --export}) profile by profile. */
final class ExportInput {
  private ExportInput() {}

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
