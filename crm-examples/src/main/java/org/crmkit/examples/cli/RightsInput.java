package org.crmkit.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.rights.CustomerRights;
import org.crmkit.privacy.rights.RetentionPolicy;
import org.crmkit.privacy.spi.RequestStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --input FILE --customer ID [--as-of DATE]} options of the {@code crm privacy request}
 * subcommands, as a picocli mixin, and the in-memory rights service they load the export into.
 */
final class RightsInput {
  /** Who carries out requests from the command line, in the request log. */
  static final String ACTOR = "crm-cli";

  @Option(names = "--input", paramLabel = "FILE", required = true,
      description = "The customers, a crmkit-export/1 JSON file.")
  Path input;

  @Option(names = "--customer", paramLabel = "ID", required = true, description = "The customer's id.")
  String customer;

  @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-06-30", converter = AsOfDateConverter.class,
      description = "When the request is carried out, ISO yyyy-MM-dd (default: ${DEFAULT-VALUE}); no clock is read.")
  LocalDate asOf;

  /** The stores the export was loaded into, set by {@link #open}. */
  CrmStores stores;

  /**
   * Loads the export into fresh in-memory stores and returns the rights service over them.
   *
   * @param spec the command, for usage errors
   * @return the service, its clock fixed at the start of the as-of date
   * @throws ParameterException if the input is unreadable or the customer is not in it (exit 2)
   */
  CustomerRights open(CommandSpec spec) {
    List<CustomerProfile> profiles = ExportInput.read(spec, input);
    CustomerId id = customerId(spec);
    stores = load(profiles);
    if (stores.customers().findById(id).isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--customer must be a customer id of --input but was '" + customer + "'");
    }
    return CustomerRights.over(stores, RequestStore.inMemory(), AccessLog.inMemory(), RetentionPolicy.standard(),
        Clock.fixed(ExportInput.startOf(asOf), ZoneOffset.UTC));
  }

  /**
   * Returns {@code --customer} as an id.
   *
   * @param spec the command, for usage errors
   * @return the id
   * @throws ParameterException if it is not a valid id
   */
  CustomerId customerId(CommandSpec spec) {
    try {
      return CustomerId.of(customer);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--customer must be a customer id but was '" + customer + "'");
    }
  }

  /**
   * Loads profiles into fresh in-memory stores.
   *
   * @param profiles the profiles
   * @return the stores
   */
  static CrmStores load(List<CustomerProfile> profiles) {
    CrmStores stores = InMemoryStores.create();
    for (CustomerProfile p : profiles) {
      stores.customers().upsert(p.customer().withVersion(0));
      stores.interactions().upsertAll(p.interactions());
      stores.consent().appendAll(p.consentEvents());
    }
    return stores;
  }
}
