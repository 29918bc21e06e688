package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.examples.demo.SyntheticCustomerBase;

/**
 * The export the operations subcommands read in tests: what {@code crm demo --customers 300
 * --export FILE} writes (seed 20260630, as of 2026-06-30), written once per JVM.
 */
final class OperationsExportFixture {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final List<CustomerProfile> PROFILES = SyntheticCustomerBase.of(300, 20260630, AS_OF).profiles().toList();
  private static Path file;

  private OperationsExportFixture() {}

  /** Returns the export file, writing it on first use. */
  static synchronized Path file() {
    if (file == null) {
      try {
        file = Files.createTempFile("crm-ocli-", ".json");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
          CustomerExport.write(PROFILES, out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** Returns the path as a string, for arguments. */
  static String path() {
    return file().toString();
  }
}
