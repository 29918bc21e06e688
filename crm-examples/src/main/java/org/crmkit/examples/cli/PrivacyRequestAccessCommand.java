package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crmkit.privacy.json.PrivacyJson;
import org.crmkit.privacy.rights.AccessExport;
import org.crmkit.privacy.rights.CustomerRights;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crm privacy request access}: submits and fulfils a customer's access request over an
 * export and prints the access export as JSON ({@link PrivacyJson#accessExport}).
 */
@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Print everything stored about one exported customer (an access request), as JSON.")
final class PrivacyRequestAccessCommand extends CrmSubcommand {

  @Mixin RightsInput options;

  @Override
  void run(PrintWriter out, Progress progress) {
    CustomerRights rights = options.open(spec);
    CustomerRequest r = rights.submit(options.customerId(spec), RequestKind.ACCESS);
    AccessExport export = rights.fulfilAccess(r.id(), RightsInput.ACTOR, id -> Map.of());
    progress.step("access request %s fulfilled for customer %s", r.id(), options.customer);
    String text = PrivacyJson.accessExport(export);
    out.print(text.endsWith("\n") ? text : text + "\n");
  }
}
