package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.crmkit.core.internal.Text;

/**
 * A person to talk to at an organisation customer (联系人): name, title, company and contact
 * points. Immutable; {@code toString()} is redacted.
 *
 * @param name the person's name, 1..200 characters
 * @param title job title (职务), if known
 * @param company the company or department they work for, if it differs from the customer's name
 * @param contactPoints phones, e-mails and addresses, primary first
 */
public record Contact(String name, Optional<String> title, Optional<String> company,
    List<ContactPoint> contactPoints) {

  /**
   * Validates the contact.
   *
   * @throws IllegalArgumentException if the name is blank or a text is over 200 characters
   */
  public Contact {
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(company, "company");
    name = Text.clean(name);
    checkArgument(!name.isEmpty() && name.length() <= 200,
        "contact name must be 1..200 characters but was %s characters", name.length());
    title = title.map(t -> optionalText("title", t));
    company = company.map(c -> optionalText("company", c));
    contactPoints = List.copyOf(contactPoints);
  }

  private static String optionalText(String field, String value) {
    String cleaned = Text.clean(value);
    checkArgument(!cleaned.isEmpty() && cleaned.length() <= 200,
        "contact %s must be 1..200 characters but was %s characters", field, cleaned.length());
    return cleaned;
  }

  /**
   * Returns a contact with a name and contact points only.
   *
   * @param name the name
   * @param contactPoints the contact points
   * @return the contact
   */
  public static Contact of(String name, List<ContactPoint> contactPoints) {
    return new Contact(name, Optional.empty(), Optional.empty(), contactPoints);
  }

  @Override
  public String toString() {
    return "Contact[redacted, " + contactPoints.size() + " contact points]";
  }
}
