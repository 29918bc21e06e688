package org.crmkit.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.customer.Region;
import org.crmkit.core.spi.CustomerQuery;

/**
 * A {@link CustomerQuery} as an SQL condition on {@code crm_customer c}, with its parameters.
 * Every criterion is pushed down and compares the same keys {@link CustomerQuery#matches} compares
 * (folded names and addresses, folded region parts, normalised phones and e-mails, cleaned tags),
 * so the condition selects exactly the matches; the store still applies {@code matches} to every
 * row as a final filter. Immutable.
 */
final class CustomerCriteria {
  private final String condition;
  private final List<String> parameters;

  private CustomerCriteria(String condition, List<String> parameters) {
    this.condition = condition;
    this.parameters = List.copyOf(parameters);
  }

  static CustomerCriteria of(CustomerQuery q) {
    List<String> sql = new ArrayList<>();
    List<String> params = new ArrayList<>();
    q.type().ifPresent(t -> add(sql, params, "c.customer_type = ?", t.name()));
    q.segment().ifPresent(s -> add(sql, params, "c.segment = ?", s.name()));
    q.stage().ifPresent(s -> add(sql, params, "c.stage = ?", s.name()));
    q.industry().ifPresent(i -> add(sql, params, "c.industry = ?", i.code()));
    q.accountManager().ifPresent(m -> add(sql, params, "c.account_manager = ?", m));
    q.tag().ifPresent(t -> add(sql, params,
        "EXISTS (SELECT 1 FROM crm_customer_tag t WHERE t.customer_id = c.id AND t.tag = ?)", Folding.clean(t)));
    q.region().ifPresent(r -> region(sql, params, r));
    q.name().ifPresent(n -> add(sql, params, "c.search_names LIKE ? ESCAPE '!'",
        Folding.likeContaining(Folding.fold(n))));
    q.phone().ifPresent(p -> add(sql, params, key(CustomerRow.PHONE), p.e164()));
    q.email().ifPresent(e -> add(sql, params, key(CustomerRow.EMAIL), e.matchKey()));
    q.addressFragment().ifPresent(a -> add(sql, params, "c.search_addresses LIKE ? ESCAPE '!'",
        Folding.likeContaining(Folding.fold(a))));
    return new CustomerCriteria(sql.isEmpty() ? "1 = 1" : String.join(" AND ", sql), params);
  }

  /** Returns the condition, to follow {@code WHERE} or {@code AND}. */
  String condition() {
    return condition;
  }

  /** Binds the parameters from {@code first} on; returns the next free index. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (String p : parameters) {
      ps.setString(i++, p);
    }
    return i;
  }

  private static String key(String kind) {
    return "EXISTS (SELECT 1 FROM crm_customer_key k WHERE k.customer_id = c.id AND k.kind = '" + kind
        + "' AND k.key_value = ?)";
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
