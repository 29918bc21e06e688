package org.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.scoring.rfm.RfmAggregator;
import org.crmkit.scoring.rfm.RfmMetrics;
import org.crmkit.scoring.rfm.RfmScore;
import org.crmkit.scoring.rfm.RfmScorer;
import org.crmkit.scoring.rfm.TiePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code crm rfm}: recency, frequency and monetary quintile scores of every customer of an export
 * as of a day, with the cell code and the named segment; one JSON line per customer.
 */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "RFM scores (1-5 by quintile, 5 best), cell code and segment of every customer of an export.",
      "",
      "Reads the customers export written by 'crm demo --export' and prints one JSON line per customer: "
          + "customerId, recencyDays, frequency (purchase days), monetary (paid minus refunded), r, f, m, cell "
          + "(r*100 + f*10 + m) and segment. A customer without a purchase by --as-of has null scores.",
      ""})
final class RfmCommand extends CrmSubcommand {

  @Option(names = "--input", paramLabel = "customers.json", required = true,
      description = "Customers export (crmkit-export/1).")
  Path input;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "As-of day, included, yyyy-MM-dd.")
  LocalDate asOf;

  @Option(names = "--ties", paramLabel = "POLICY", defaultValue = "value-thresholds", converter = TiesConverter.class,
      description = "Quintile tie policy: value-thresholds or rank (default: ${DEFAULT-VALUE}).")
  TiePolicy ties;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "CNY",
      description = "Currency of every purchase (default: ${DEFAULT-VALUE}).")
  Currency currency;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "+08:00",
      description = "Zone in which purchase times become days (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Override
  void run(PrintWriter out, Progress progress) {
    List<CustomerId> ids = new ArrayList<>();
    List<RfmMetrics> metrics = new ArrayList<>();
    ExportInput.read(input, profile -> {
      CustomerId id = profile.customer().id();
      ids.add(id);
      Optional<RfmMetrics> m;
      try {
        m = RfmAggregator.aggregate(id, profile.interactions(), asOf, zone, currency);
      } catch (IllegalArgumentException e) {
        throw new InputException(input, 0, "the purchases of customer " + id.value(), "in " + currency,
            "not: " + e.getMessage());
      }
      m.ifPresent(metrics::add);
    });
    progress.step("scoring %,d customers with a purchase of %,d", metrics.size(), ids.size());
    Map<CustomerId, RfmMetrics> byId = new HashMap<>();
    metrics.forEach(m -> byId.put(m.customerId(), m));
    Map<CustomerId, RfmScore> scores = new HashMap<>();
    try {
      RfmScorer.score(metrics, ties).forEach(s -> scores.put(s.customerId(), s));
    } catch (IllegalArgumentException e) {
      throw new InputException(input, 0, "the customers", "unique by id", "not: " + e.getMessage());
    }
    for (CustomerId id : ids) {
      out.println(Json.line(toJson(id, byId.get(id), scores.get(id))));
    }
  }

  private static ObjectNode toJson(CustomerId id, RfmMetrics m, RfmScore s) {
    ObjectNode node = Json.object();
    node.put("customerId", id.value());
    if (m == null) {
      for (String field : List.of("recencyDays", "frequency", "monetary", "r", "f", "m", "cell", "segment")) {
        node.putNull(field);
      }
      return node;
    }
    node.put("recencyDays", m.recencyDays());
    node.put("frequency", m.frequency());
    node.put("monetary", m.monetary());
    node.put("r", s.recency());
    node.put("f", s.frequency());
    node.put("m", s.monetary());
    node.put("cell", s.cell());
    node.put("segment", TierCommand.name(s.segment().name()));
    return node;
  }

  /** Converts {@code --ties}. */
  static final class TiesConverter implements ITypeConverter<TiePolicy> {
    @Override
    public TiePolicy convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "value-thresholds":
          return TiePolicy.VALUE_THRESHOLDS;
        case "rank":
          return TiePolicy.RANK;
        default:
          throw new TypeConversionException("must be one of value-thresholds, rank but was '" + value + "'");
      }
    }
  }
}
