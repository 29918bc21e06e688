package org.crmkit.core.json;

import java.math.BigDecimal;
import java.util.Currency;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/** Codecs of the types in {@code org.crmkit.core}. Stateless. */
final class CoreCodecs {
  private CoreCodecs() {}

  /** A customer id as its text, {@code "C-000123"}. */
  static final Codec<CustomerId> CUSTOMER_ID =
      Codec.ofString("a customer id (a string)", CustomerId::value, CustomerId::new);

  /** Money as {@code {"amount": "1200.5", "currency": "CNY"}}, the amount an exact decimal string. */
  static final Codec<Money> MONEY = Codec.of(
      (g, m) -> {
        g.writeStartObject();
        FieldWriter.field(g, "amount", Scalars.DECIMAL, m.amount());
        FieldWriter.field(g, "currency", Scalars.CURRENCY, m.currency());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "money");
        BigDecimal amount = f.required("amount", Scalars.DECIMAL);
        Currency currency = f.required("currency", Scalars.CURRENCY);
        return f.build(() -> new Money(amount, currency));
      });
}
