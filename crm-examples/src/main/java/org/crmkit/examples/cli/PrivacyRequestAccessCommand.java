package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crmkit.core.CustomerId;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.service.CustomerNotFoundException;
import org.crmkit.examples.demo.CurrentScores;
import org.crmkit.privacy.json.PrivacyJson;
import org.crmkit.privacy.rights.AccessExport;
import org.crmkit.privacy.rights.CustomerRights;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crm privacy request access}: submits and fulfils a customer's access request over an
 * export and prints the access export as JSON ({@link PrivacyJson#accessExport}). The export's
 * derived data are the customer's current tier and churn health as of {@code --as-of}, computed
 * by {@link CurrentScores} as {@code crm tier} and {@code crm churn} compute them with their
 * defaults; its access log lists the reads of this run, none (the command reads no view).
 */
@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Print everything stored about one exported customer (an access request), as JSON.",
      "",
      "The export holds the profile, the requests, the access-log entries about the customer and the customer's "
          + "current tier and churn health as of --as-of (derived: tier, churn.health, churn.warnings; or churn "
          + "'not scored: opted out'), as 'crm tier' and 'crm churn' compute them with their defaults.",
      ""})
final class PrivacyRequestAccessCommand extends CrmSubcommand {

  @Mixin RightsInput options;

  @Override
  void run(PrintWriter out, Progress progress) {
    CustomerRights rights = options.open(spec);
    CustomerRequest r = rights.submit(options.customerId(spec), RequestKind.ACCESS);
    AccessExport export = rights.fulfilAccess(r.id(), RightsInput.ACTOR, id -> derived(rights, id));
    progress.step("access request %s fulfilled for customer %s", r.id(), options.customer);
    String text = PrivacyJson.accessExport(export);
    out.print(text.endsWith("\n") ? text : text + "\n");
  }

  private Map<String, String> derived(CustomerRights rights, CustomerId id) {
    CustomerProfile profile = rights.profile(id).orElseThrow(() -> new CustomerNotFoundException(id));
    try {
      return CurrentScores.derived(profile, options.asOf, CurrentScores.ZONE);
    } catch (IllegalArgumentException e) {
      throw new InputException(options.input, 0, "the history of customer " + id.value(), "scorable",
          "not: " + e.getMessage());
    }
  }
}
