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
import org.crmkit.examples.demo.DemoLoader;
import org.crmkit.examples.demo.DemoSummary;
import org.crmkit.examples.demo.LoadCounts;
import org.crmkit.examples.demo.OperationsSummary;
import org.crmkit.examples.demo.SyntheticCustomerBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm demo}: generates the deterministic synthetic customer base, loads it through the
 * storage SPI into the in-memory stores, prints a summary and optionally exports the generated
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

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    checkExportTarget();
    SyntheticCustomerBase base = SyntheticCustomerBase.of(customers, seed, asOf);
    CrmStores stores = InMemoryStores.create();
    progress.step("generating %,d customers (seed %d, as of %s) and loading them into the in-memory stores",
        customers, seed, asOf);
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
    out.print(OperationsSummary.render(base, stores));
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
