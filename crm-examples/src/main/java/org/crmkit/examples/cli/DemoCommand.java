package org.crmkit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.json.ExportWriter;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.examples.demo.ChurnSection;
import org.crmkit.examples.demo.DemoLoader;
import org.crmkit.examples.demo.DemoSummary;
import org.crmkit.examples.demo.LoadCounts;
import org.crmkit.examples.demo.PrivacySection;
import org.crmkit.examples.demo.RightsSection;
import org.crmkit.examples.demo.ScoringSection;
import org.crmkit.examples.demo.OperationsSummary;
import org.crmkit.examples.demo.SyntheticCustomerBase;
import org.crmkit.examples.jdbc.JdbcStores;
import org.crmkit.privacy.access.AccessLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm demo}: generates the deterministic synthetic customer base, loads it through the
 * storage SPI into the in-memory stores (or, with {@code --store h2} or {@code --jdbc URL}, into a
 * database through the JDBC adapter), prints a summary and optionally exports the generated
 * profiles as a {@code crmkit-export/1} JSON document.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Generate, load and summarise a deterministic synthetic customer base.",
      "",
      "Generates customers of every type with two years of interactions of every kind, consent "
          + "histories and about 2%% planted duplicates, loads them into the in-memory stores "
          + "through the storage SPI and prints a summary on stdout. Everything is computed as of "
          + "--as-of; the same options always give the same output.",
      ""})
final class DemoCommand extends CrmSubcommand {

  @Option(names = "--customers", paramLabel = "N", defaultValue = "10000", converter = CustomerCountConverter.class,
      description = "Number of customers to generate, 1..2000000 (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "20260630", converter = LongConverter.class,
      description = "Seed of the generator, any long (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-06-30", converter = AsOfDateConverter.class,
      description = "The as-of date, ISO yyyy-MM-dd (default: ${DEFAULT-VALUE}); no clock is read.")
  LocalDate asOf;

  @Option(names = "--export", paramLabel = "FILE",
      description = "Also write the generated profiles to FILE as crmkit-export/1 JSON.")
  Path export;

  @Option(names = "--store", paramLabel = "KIND", defaultValue = "memory",
      description = "Where to load the base: memory (default) or h2 (an in-memory H2 database through the JDBC adapter).")
  String store;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "Load the base into this database through the JDBC adapter instead (jdbc:h2:... or jdbc:postgresql:...); its crmkit tables must be empty or absent.")
  String jdbcUrl;

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    checkExportTarget();
    SyntheticCustomerBase base = SyntheticCustomerBase.of(customers, seed, asOf);
    CrmStores stores = openStores();
    progress.step("generating %,d customers (seed %d, as of %s) and loading them into %s",
        customers, seed, asOf, storeLabel());
    long step = Math.max(DemoLoader.BATCH, customers / 10);
    LoadCounts counts;
    if (export == null) {
      counts = DemoLoader.load(base, stores, p -> { }, n -> report(progress, n, step));
    } else {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(export), 1 << 16);
          ExportWriter writer = CustomerExport.open(file)) {
        counts = DemoLoader.load(base, stores, writer::write, n -> report(progress, n, step));
      } catch (UncheckedIOException e) {
        throw new CommandFailedException("--export could not write '" + export + "': " + e.getCause().getMessage(), e);
      }
      progress.step("exported %,d profiles to %s", counts.customers(), export);
    }
    progress.step("summarising");
    out.print(DemoSummary.render(base, stores, counts));
    progress.step("scoring: NPS, CSAT, tiers, RFM, KPIs");
    out.print(ScoringSection.render(base, stores));
    progress.step("churn: early warning, BG/NBD P(alive), expected value");
    out.print(ChurnSection.render(base, stores));
    progress.step("privacy: views, opt-outs, access log");
    AccessLog privacyLog = AccessLog.inMemory();
    out.print(PrivacySection.render(base, stores, privacyLog));
    out.print(RightsSection.render(base, stores, privacyLog));
    progress.step("operations: follow-ups, complaints, renewals, reception");
    out.print(OperationsSummary.render(base, stores));
  }

  /** Opens the stores that --store and --jdbc select. */
  private CrmStores openStores() {
    if (jdbcUrl != null) {
      if (!"memory".equals(store)) {
        throw new ParameterException(spec.commandLine(), "--jdbc must not be combined with --store but --store was '" + store + "'");
      }
      try {
        return JdbcStores.open(jdbcUrl);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--jdbc must be a jdbc:h2: or jdbc:postgresql: URL but was '" + scheme(jdbcUrl) + "...'");
      }
    }
    switch (store) {
      case "memory":
        return InMemoryStores.create();
      case "h2":
        return JdbcStores.open(JdbcStores.H2_IN_MEMORY_URL);
      default:
        throw new ParameterException(spec.commandLine(), "--store must be memory or h2 but was '" + store + "'");
    }
  }

  // Only the scheme of a rejected URL is echoed: the rest may hold a password.
  private static String scheme(String url) {
    int colon = url.indexOf(':', url.indexOf(':') + 1);
    return colon < 0 ? url.substring(0, Math.min(url.length(), 12)) : url.substring(0, colon + 1);
  }

  private String storeLabel() {
    return jdbcUrl != null ? "the JDBC database" : "h2".equals(store) ? "an in-memory H2 database" : "the in-memory stores";
  }

  /** The stores hold about 11 KB per customer with its two years of history (MemoryFootprint). */
  @Override
  String outOfMemoryHint() {
    long gib = 2 + customers * 12_000L / (1L << 30);
    return String.format(Locale.ROOT, "%,d customers need about %d GiB of heap; run 'java -Xmx%dg -jar crm.jar demo ...'",
        customers, gib, gib);
  }

  private void report(Progress progress, long loaded, long step) {
    if (loaded % step == 0 || loaded == customers) {
      progress.step("loaded %,d of %,d customers", loaded, customers);
    }
  }

  /** Rejects an export path that cannot be written, before any work is done. */
  private void checkExportTarget() {
    if (export == null) {
      return;
    }
    Path parent = export.toAbsolutePath().getParent();
    if (Files.isDirectory(export) || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      throw new ParameterException(spec.commandLine(),
          "--export must be a file in an existing, writable directory but was '" + export + "'");
    }
  }
}
