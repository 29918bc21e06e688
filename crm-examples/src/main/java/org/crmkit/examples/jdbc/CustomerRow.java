package org.crmkit.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.json.CrmJson;

/**
 * A customer as the {@code crm_customer} row and its key and tag rows hold it: the JSON document
 * plus the search keys {@link CustomerCriteria} compares. Immutable.
 */
final class CustomerRow {
  /** The columns of {@code crm_customer}, in binding order; {@code id} first. */
  static final List<String> COLUMNS = List.of("id", "version", "customer_type", "segment", "stage",
      "industry", "account_manager", "region_country", "region_province", "region_city", "name_folded",
      "search_names", "search_addresses", "updated_at", "doc");
  /** Key kinds in {@code crm_customer_key}. */
  static final String PHONE = "P";
  static final String EMAIL = "E";

  final Customer customer;
  private final String doc;

  CustomerRow(Customer customer) {
    this.customer = customer;
    this.doc = CrmJson.write(customer);
  }

  /** Binds every column of {@link #COLUMNS} from parameter 1 on; returns the next free index. */
  int bindColumns(PreparedStatement ps, int first) throws SQLException {
    Customer c = customer;
    int i = first;
    ps.setString(i++, c.id().value());
    ps.setLong(i++, c.version());
    i = bindRest(ps, i);
    return i;
  }

  /** Binds every column but id and version, from {@code first} on; returns the next free index. */
  int bindRest(PreparedStatement ps, int first) throws SQLException {
    Customer c = customer;
    int i = first;
    ps.setString(i++, c.type().name());
    ps.setString(i++, c.segment().name());
    ps.setString(i++, c.stage().name());
    setNullable(ps, i++, c.industry().map(x -> x.code()));
    setNullable(ps, i++, c.accountManager());
    Optional<Region> r = c.region();
    setNullable(ps, i++, r.map(Region::countryCode));
    setNullable(ps, i++, r.flatMap(Region::province).map(Folding::fold));
    setNullable(ps, i++, r.flatMap(Region::city).map(Folding::fold));
    ps.setString(i++, Folding.fold(c.displayName()));
    ps.setString(i++, searchNames(c));
    setNullable(ps, i++, searchAddresses(c));
    ps.setObject(i++, OffsetDateTime.ofInstant(c.updatedAt(), ZoneOffset.UTC));
    ps.setString(i++, doc);
    return i;
  }

  /** The folded display name and contact names, one per line (folded text has no line breaks). */
  static String searchNames(Customer c) {
    StringJoiner j = new StringJoiner("\n");
    j.add(Folding.fold(c.displayName()));
    for (Contact k : c.contacts()) {
      j.add(Folding.fold(k.name()));
    }
    return j.toString();
  }

  /** The folded full texts of every postal address, one per line, or empty when there is none. */
  static Optional<String> searchAddresses(Customer c) {
    StringJoiner j = new StringJoiner("\n");
    boolean any = false;
    for (ContactPoint cp : allContactPoints(c)) {
      if (cp instanceof PostalAddress) {
        j.add(Folding.fold(((PostalAddress) cp).toText()));
        any = true;
      }
    }
    return any ? Optional.of(j.toString()) : Optional.empty();
  }

  /** The distinct (kind, key) pairs of the customer's and its contacts' phones and e-mails. */
  Set<List<String>> keys() {
    Set<List<String>> keys = new LinkedHashSet<>();
    for (ContactPoint cp : allContactPoints(customer)) {
      if (cp instanceof PhoneNumber) {
        keys.add(List.of(PHONE, ((PhoneNumber) cp).e164()));
      } else if (cp instanceof EmailAddress) {
        keys.add(List.of(EMAIL, cp.matchKey()));
      }
    }
    return keys;
  }

  private static List<ContactPoint> allContactPoints(Customer c) {
    if (c.contacts().isEmpty()) {
      return c.contactPoints();
    }
    List<ContactPoint> all = new ArrayList<>(c.contactPoints());
    c.contacts().forEach(k -> all.addAll(k.contactPoints()));
    return all;
  }

  private static void setNullable(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }
}
