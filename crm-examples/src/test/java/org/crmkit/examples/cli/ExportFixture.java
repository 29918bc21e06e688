package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;

/** A customers export written once by {@code crm demo --export} for the tier, rfm and churn tests. */
final class ExportFixture {
  static final String AS_OF = "2026-06-30";
  private static Path file;
  private static List<CustomerProfile> profiles;

  private ExportFixture() {}

  /** Returns the export of a 200-customer demo base, writing it on first use. */
  static synchronized Path file() throws IOException {
    if (file == null) {
      Path dir = Files.createTempDirectory("crm-export");
      dir.toFile().deleteOnExit();
      Path f = dir.resolve("customers.json");
      CliRun run = CliRun.of("demo", "--customers", "200", "--seed", "5", "--export", f.toString(), "-q");
      if (run.exitCode() != 0) {
        throw new IllegalStateException(run.err());
      }
      f.toFile().deleteOnExit();
      file = f;
    }
    return file;
  }

  /** Returns the exported profiles, read with the library. */
  static synchronized List<CustomerProfile> profiles() throws IOException {
    if (profiles == null) {
      try (InputStream in = Files.newInputStream(file())) {
        profiles = CustomerExport.read(in);
      }
    }
    return profiles;
  }

  /** Writes a copy of the export cut after {@code chars} characters. */
  static Path truncated(Path dir, int chars) throws IOException {
    String text = Files.readString(file());
    Path f = dir.resolve("truncated.json");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(text.substring(0, Math.min(chars, text.length())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return f;
  }
}
