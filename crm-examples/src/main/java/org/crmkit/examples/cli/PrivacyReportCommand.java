package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.json.PrivacyJson;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.pseudonym.KeyUnavailableException;
import org.crmkit.privacy.report.PrivacyReport;
import org.crmkit.privacy.report.PrivacyReports;
import org.crmkit.privacy.spi.RequestStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code crm privacy report}: the privacy report ({@link PrivacyReports}) over exported customers
 * with crmkit's standard data dictionary, default access policy and views: the fields with their
 * categories, each view's privilege level and transforms, opt-out counts per predefined purpose,
 * and the (here empty) access and request logs, as JSON or Markdown. No view is read, so no
 * pseudonym key is needed.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Print the privacy report of exported customers, as JSON or Markdown.",
      "",
      "Reads a crmkit-export/1 file (crm demo --export) and reports, as of the start of DATE in "
          + "China time (UTC+8), the data dictionary, every view with its privilege level and field "
          + "transforms, opt-out counts per purpose, open customer requests and whether the access-log "
          + "chain verifies.",
      ""})
final class PrivacyReportCommand extends CrmSubcommand {

  /** The output formats. */
  enum Format {
    /** Pretty-printed JSON. */
    JSON,
    /** Markdown, for people. */
    MARKDOWN
  }

  /** Converts {@code --format}: json or markdown, any case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new TypeConversionException("must be json or markdown but was '" + value + "'");
    }
  }

  @Option(names = "--input", paramLabel = "FILE", required = true,
      description = "The customers, a crmkit-export/1 JSON file.")
  Path input;

  @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-06-30", converter = AsOfDateConverter.class,
      description = "The as-of date, ISO yyyy-MM-dd (default: ${DEFAULT-VALUE}); no clock is read.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
      description = "json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  void run(PrintWriter out, Progress progress) {
    List<CustomerProfile> profiles = ExportInput.read(spec, input);
    Instant at = ExportInput.startOf(asOf);
    progress.step("reporting on %,d customers as of %s", profiles.size(), asOf);
    KeySource noKeys = context -> {
      throw new KeyUnavailableException("the report derives no pseudonyms, so it has no key for " + context);
    };
    PrivacyGateway gateway = PrivacyGateway.builder(noKeys, Clock.fixed(at, ZoneOffset.UTC)).build();
    PrivacyReport report = PrivacyReports.generate(gateway, RequestStore.inMemory(), profiles, Purpose.PREDEFINED, at);
    String text = format == Format.JSON ? PrivacyJson.report(report) : report.toMarkdown();
    out.print(text.endsWith("\n") ? text : text + "\n");
  }
}
