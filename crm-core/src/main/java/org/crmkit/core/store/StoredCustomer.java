package org.crmkit.core.store;

import java.util.List;
import java.util.Optional;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.internal.Text;
import org.crmkit.core.spi.CustomerQuery;

/**
 * A stored customer with its name search keys folded once at write time, so that a fuzzy name
 * query does not fold every name again. Immutable.
 */
final class StoredCustomer {
  final Customer customer;
  private final String foldedName;
  private final String[] foldedContactNames;

  StoredCustomer(Customer customer) {
    this.customer = customer;
    String name = customer.displayName();
    String folded = Text.fold(name);
    // Most Chinese names fold to themselves: keep one String instead of two equal ones.
    this.foldedName = folded.equals(name) ? name : folded;
    List<Contact> contacts = customer.contacts();
    if (contacts.isEmpty()) {
      foldedContactNames = null;
    } else {
      foldedContactNames = new String[contacts.size()];
      for (int i = 0; i < foldedContactNames.length; i++) {
        foldedContactNames[i] = Text.fold(contacts.get(i).name());
      }
    }
  }

  /** Returns whether the folded display name or a folded contact name contains the fragment. */
  boolean nameContains(String foldedFragment) {
    if (foldedName.contains(foldedFragment)) {
      return true;
    }
    if (foldedContactNames != null) {
      for (String n : foldedContactNames) {
        if (n.contains(foldedFragment)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A query compiled against stored customers; equivalent to {@link CustomerQuery#matches}. */
  static final class Matcher {
    private final Optional<String> foldedName;
    private final CustomerQuery rest;
    private final boolean restIsAll;

    Matcher(CustomerQuery q) {
      this.foldedName = q.name().map(Text::fold);
      this.rest = new CustomerQuery(Optional.empty(), q.phone(), q.email(), q.addressFragment(),
          q.region(), q.industry(), q.type(), q.segment(), q.stage(), q.tag(), q.accountManager());
      this.restIsAll = rest.equals(CustomerQuery.all());
    }

    boolean matches(StoredCustomer s) {
      return (foldedName.isEmpty() || s.nameContains(foldedName.get()))
          && (restIsAll || rest.matches(s.customer));
    }
  }
}
