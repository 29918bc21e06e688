package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.renewal.RenewalDue;
import org.crmkit.core.renewal.RenewalPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm renewals}: the undecided contracts whose last day falls within a window from a date,
 * with the contracts derived from the customers' won renewals ({@link RenewalPlanner#dueAmong}).
 * One JSON line per contract, soonest first, carrying ids, dates, codes and counts only (no amounts).
 */
@Command(
    name = "renewals",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "List the contracts due for renewal within a window, one JSON line each, soonest first.",
      "",
      "Reads a crmkit-export/1 file (crm demo --export). The contracts are the latest periods of the "
          + "customers' renewed or changed renewals; a contract is due when no decided renewal covers it "
          + "and its last day is in [DATE, DATE + window].",
      ""})
final class RenewalsCommand extends CrmSubcommand {

  @Mixin ExportAsOfOptions options;

  @Option(names = "--within", paramLabel = "DAYS", defaultValue = "30d", converter = WindowDaysConverter.class,
      description = "The window, a number of days such as 30d, 0..3660 (default: ${DEFAULT-VALUE}).")
  int within;

  @Override
  void run(PrintWriter out, Progress progress) {
    List<CustomerProfile> profiles = ExportInput.read(spec, options.input);
    progress.step("listing renewals of %,d customers due within %d days of %s", profiles.size(), within, options.asOf);
    List<RenewalDue> due = RenewalPlanner.dueAmong(profiles, List.of(), options.asOf, within);
    for (RenewalDue d : due) {
      out.println(line(d));
    }
    progress.step("%,d contracts due for renewal", due.size());
  }

  /** Returns the JSON line of a due contract. */
  static String line(RenewalDue d) {
    return new JsonLine()
        .string("contractId", d.contract().contractId())
        .string("customerId", d.contract().customerId().value())
        .string("start", d.contract().start())
        .string("end", d.contract().end())
        .string("term", d.contract().term())
        .number("daysLeft", d.daysLeft())
        .string("accountManager", d.contract().accountManager())
        .string("pendingRenewal", d.pending().map(r -> r.id().value()))
        .toString();
  }
}
