package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.privacy.rights.CustomerRights;
import org.crmkit.privacy.rights.ErasureResult;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm privacy request erase}: erases one customer of an export under crm-privacy's standard
 * retention policy, writes the remaining customers (with the kept accounting records under the
 * anonymous placeholder) as a {@code crmkit-export/1} file and prints a one-line JSON summary. On
 * failure no output file is written: it is written beside the target and moved into place.
 */
@Command(
    name = "erase",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Erase one exported customer (an erasure request) and write the remaining customers.",
      "",
      "Purchases, refunds and renewals of the last 10 years are kept as accounting records of the "
          + "anonymous placeholder customer; everything else about the customer is deleted.",
      ""})
final class PrivacyRequestEraseCommand extends CrmSubcommand {

  @Mixin RightsInput options;

  @Option(names = "--output", paramLabel = "OUT.json", required = true,
      description = "Where to write the remaining customers, a crmkit-export/1 file.")
  Path output;

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    checkOutput(spec, output);
    CustomerRights rights = options.open(spec);
    CustomerRequest r = rights.submit(options.customerId(spec), RequestKind.ERASURE);
    ErasureResult e = rights.fulfilErasure(r.id(), RightsInput.ACTOR);
    write(options.stores, output);
    progress.step("erasure request %s fulfilled for customer %s", r.id(), options.customer);
    var line = Json.object();
    line.put("request", r.id());
    line.put("customer", e.customerId().value());
    line.put("placeholder", e.placeholder().value());
    line.put("keptRecords", e.keptRecords());
    line.put("deletedInteractions", e.deletedInteractions());
    line.put("deletedCustomers", 1);
    out.println(Json.line(line));
  }

  /**
   * Checks that an output file can be written.
   *
   * @param spec the command
   * @param output the target
   * @throws ParameterException if its directory is missing or not writable
   */
  static void checkOutput(picocli.CommandLine.Model.CommandSpec spec, Path output) {
    Path parent = output.toAbsolutePath().getParent();
    if (Files.isDirectory(output) || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      throw new ParameterException(spec.commandLine(),
          "--output must be a file in an existing, writable directory but was '" + output + "'");
    }
  }

  /**
   * Writes every stored customer as an export, beside the target first, then moved into place.
   *
   * @param stores the stores
   * @param output the target
   * @throws IOException if the temporary file cannot be deleted
   */
  static void write(CrmStores stores, Path output) throws IOException {
    List<CustomerProfile> profiles;
    try (Stream<Customer> scan = stores.customers().scan()) {
      profiles = scan.map(c -> new CustomerProfile(c, stores.interactions().byCustomer(c.id()),
          stores.consent().history(c.id()))).toList();
    }
    Path target = output.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".crm-request-", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(temp)) {
        CustomerExport.write(profiles, o);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException ex) {
      throw new CommandFailedException("--output could not be written: " + ex.getMessage(), ex);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
