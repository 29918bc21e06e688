package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerBuilder;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.privacy.rights.CustomerRights;
import org.crmkit.privacy.spi.CustomerRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm privacy request correct}: submits a correction of a few simple fields of one
 * exported customer, reviews it (approve applies it, reject leaves the record as it was), writes
 * the customers as a {@code crmkit-export/1} file and prints a one-line JSON summary. On failure no
 * output file is written.
 */
@Command(
    name = "correct",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Correct fields of one exported customer after review, and write the customers.")
final class PrivacyRequestCorrectCommand extends CrmSubcommand {
  /** The fields --set may change. */
  static final List<String> FIELDS = List.of("displayName", "segment", "tags", "accountManager");

  @Mixin RightsInput options;

  @Option(names = "--set", paramLabel = "FIELD=VALUE", required = true,
      description = "A corrected field: displayName, segment (HIGH_VALUE, POTENTIAL, ORDINARY), tags "
          + "(comma-separated) or accountManager (empty for none); repeatable.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--decision", paramLabel = "DECISION", required = true,
      description = "The review: approve or reject.")
  String decision;

  @Option(names = "--output", paramLabel = "OUT.json", required = true,
      description = "Where to write the customers, a crmkit-export/1 file.")
  Path output;

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    boolean approve = checkDecision();
    UnaryOperator<Customer> change = change();
    PrivacyRequestEraseCommand.checkOutput(spec, output);
    CustomerRights rights = options.open(spec);
    CustomerRequest r;
    try {
      r = rights.requestCorrection(options.customerId(spec), change);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set must change the customer's record but "
          + (e.getMessage() != null && e.getMessage().startsWith("change must change") ? "changed nothing"
              : "gave a value the record does not accept (fields: " + String.join(", ", set.keySet()) + ")"));
    }
    CustomerRequest closed = approve ? rights.approve(r.id(), RightsInput.ACTOR) : rights.reject(r.id(), RightsInput.ACTOR);
    PrivacyRequestEraseCommand.write(options.stores, output);
    progress.step("correction %s of customer %s %s", r.id(), options.customer, closed.status());
    var line = Json.object();
    line.put("request", closed.id());
    line.put("customer", closed.customerId().value());
    var fields = line.putArray("fields");
    new TreeSet<>(closed.fields()).forEach(fields::add);
    line.put("status", closed.status().name());
    line.put("reviewer", closed.closedBy().orElse(""));
    out.println(Json.line(line));
  }

  private boolean checkDecision() {
    String d = decision.strip().toLowerCase(Locale.ROOT);
    if (!d.equals("approve") && !d.equals("reject")) {
      throw new ParameterException(spec.commandLine(), "--decision must be approve or reject but was '" + decision + "'");
    }
    return d.equals("approve");
  }

  /** The correction --set describes; checks field names and the segment value. */
  private UnaryOperator<Customer> change() {
    for (Map.Entry<String, String> e : set.entrySet()) {
      if (!FIELDS.contains(e.getKey())) {
        throw new ParameterException(spec.commandLine(), "--set must name one of " + String.join(", ", FIELDS)
            + " but was '" + e.getKey() + "'");
      }
      if (e.getKey().equals("segment")
          && Arrays.stream(ValueSegment.values()).noneMatch(s -> s.name().equals(e.getValue().strip()))) {
        throw new ParameterException(spec.commandLine(), "--set segment must be one of "
            + Arrays.stream(ValueSegment.values()).map(Enum::name).collect(Collectors.joining(", "))
            + " but was '" + e.getValue() + "'");
      }
    }
    Map<String, String> values = Map.copyOf(set);
    return c -> {
      CustomerBuilder b = c.toBuilder();
      values.forEach((field, value) -> {
        switch (field) {
          case "displayName":
            b.displayName(value);
            break;
          case "segment":
            b.segment(ValueSegment.valueOf(value.strip()));
            break;
          case "tags":
            Set<String> tags = Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
            b.tags(tags);
            break;
          default:
            b.accountManager(value.isBlank() ? Optional.empty() : Optional.of(value.strip()));
            break;
        }
      });
      return b.build();
    };
  }
}
