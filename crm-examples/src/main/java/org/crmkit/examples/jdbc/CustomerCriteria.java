package org.crmkit.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.customer.Region;
import org.crmkit.core.spi.CustomerQuery;

/**
 * A {@link CustomerQuery} as SQL over {@code crm_customer c}: joins for phone, e-mail and tag (so
 * that the database starts from their indexes; each join finds at most one row per customer, as
 * the key and tag tables' primary keys include the customer id) and a condition for the rest.
 * Every criterion is pushed down and compares the same keys {@link CustomerQuery#matches} compares
 * (folded names and addresses, folded region parts, normalised phones and e-mails, cleaned tags),
 * so the condition selects exactly the matches; the store still applies {@code matches} to every
 * row as a final filter. Immutable.
 */
final class CustomerCriteria {
  private final String from;
  private final String condition;
  private final List<String> parameters;

  private CustomerCriteria(String from, String condition, List<String> parameters) {
    this.from = from;
    this.condition = condition;
    this.parameters = List.copyOf(parameters);
  }

  static CustomerCriteria of(CustomerQuery q) {
    StringBuilder from = new StringBuilder("crm_customer c");
    List<String> params = new ArrayList<>();
    q.phone().ifPresent(p -> join(from, params, "kp", CustomerRow.PHONE, p.e164()));
    q.email().ifPresent(e -> join(from, params, "ke", CustomerRow.EMAIL, e.matchKey()));
    q.tag().ifPresent(t -> {
      from.append(" JOIN crm_customer_tag t ON t.customer_id = c.id AND t.tag = ?");
      params.add(Folding.clean(t));
    });
    List<String> sql = new ArrayList<>();
    q.type().ifPresent(t -> add(sql, params, "c.customer_type = ?", t.name()));
    q.segment().ifPresent(s -> add(sql, params, "c.segment = ?", s.name()));
    q.stage().ifPresent(s -> add(sql, params, "c.stage = ?", s.name()));
    q.industry().ifPresent(i -> add(sql, params, "c.industry = ?", i.code()));
    q.accountManager().ifPresent(m -> add(sql, params, "c.account_manager = ?", m));
    q.region().ifPresent(r -> region(sql, params, r));
    q.name().ifPresent(n -> add(sql, params, "c.search_names LIKE ? ESCAPE '!'",
        Folding.likeContaining(Folding.fold(n))));
    q.addressFragment().ifPresent(a -> add(sql, params, "c.search_addresses LIKE ? ESCAPE '!'",
        Folding.likeContaining(Folding.fold(a))));
    return new CustomerCriteria(from.toString(), sql.isEmpty() ? "1 = 1" : String.join(" AND ", sql), params);
  }

  /** Returns the tables, to follow {@code FROM}. */
  String from() {
    return from;
  }

  /** Returns the condition, to follow {@code WHERE}; its parameters follow those of {@link #from}. */
  String condition() {
    return condition;
  }

  /** Binds the parameters of {@link #from} and {@link #condition}, from {@code first} on; returns the next free index. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (String p : parameters) {
      ps.setString(i++, p);
    }
    return i;
  }

  private static void join(StringBuilder from, List<String> params, String alias, String kind, String key) {
    from.append(" JOIN crm_customer_key ").append(alias).append(" ON ").append(alias).append(".customer_id = c.id AND ")
        .append(alias).append(".kind = '").append(kind).append("' AND ").append(alias).append(".key_value = ?");
    params.add(key);
  }

  private static void region(List<String> sql, List<String> params, Region r) {
    add(sql, params, "c.region_country = ?", r.countryCode());
    r.province().ifPresent(p -> add(sql, params, "c.region_province = ?", Folding.fold(p)));
    r.city().ifPresent(city -> add(sql, params, "c.region_city = ?", Folding.fold(city)));
  }

  private static void add(List<String> sql, List<String> params, String condition, String param) {
    sql.add(condition);
    params.add(param);
  }
}
