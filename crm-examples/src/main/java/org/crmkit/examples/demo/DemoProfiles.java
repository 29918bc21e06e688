package org.crmkit.examples.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;

/** Reads every customer's profile back from the stores, through the SPI, in customer-id order. */
final class DemoProfiles {
  private DemoProfiles() {}

  /**
   * Returns the profiles.
   *
   * @param stores the stores the demo loaded
   * @return each customer with their interactions and consent events, by customer id
   */
  static List<CustomerProfile> read(CrmStores stores) {
    List<Customer> customers;
    try (Stream<Customer> scan = stores.customers().scan()) {
      customers = new ArrayList<>(scan.toList());
    }
    customers.sort(Comparator.comparing(Customer::id));
    List<CustomerProfile> profiles = new ArrayList<>(customers.size());
    for (Customer c : customers) {
      profiles.add(new CustomerProfile(c, stores.interactions().byCustomer(c.id()), stores.consent().history(c.id())));
    }
    return profiles;
  }
}
