package org.crmkit.core.json;

import java.util.Optional;
import java.util.function.Function;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;

/** Codecs of the two small sealed families of the customer: contact points and attribute values. */
final class ContactCodecs {
  private ContactCodecs() {}

  /** A phone number on its own: its E.164 string, {@code "+8618049531999"}. */
  static final Codec<PhoneNumber> PHONE =
      Codec.ofString("a phone number in E.164 form (a string)", PhoneNumber::e164, PhoneNumber::new);

  /** An e-mail address on its own: its string. */
  static final Codec<EmailAddress> EMAIL =
      Codec.ofString("an e-mail address (a string)", EmailAddress::value, EmailAddress::new);

  /** A postal address: {@code {"kind": "POSTAL", "region": "CN/...", "street": "...", "postalCode": "..."}}. */
  static final Codec<PostalAddress> POSTAL = Codec.of(
      (g, a) -> {
        g.writeStartObject();
        FieldWriter.kind(g, "POSTAL");
        FieldWriter.field(g, "region", CustomerCodecs.REGION, a.region());
        FieldWriter.field(g, "street", Scalars.STRING, a.street());
        FieldWriter.optional(g, "postalCode", Scalars.STRING, a.postalCode());
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "postal address");
        f.kind("POSTAL");
        Region region = f.required("region", CustomerCodecs.REGION);
        String street = f.required("street", Scalars.STRING);
        Optional<String> postalCode = f.optional("postalCode", Scalars.STRING);
        return f.build(() -> new PostalAddress(region, street, postalCode));
      });

  /** A phone number as a contact point: {@code {"kind": "PHONE", "e164": "+86..."}}. */
  private static final Codec<PhoneNumber> PHONE_POINT = Codec.of(
      (g, p) -> {
        g.writeStartObject();
        FieldWriter.kind(g, "PHONE");
        FieldWriter.field(g, "e164", PHONE, p);
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "phone contact point");
        f.kind("PHONE");
        PhoneNumber phone = f.required("e164", PHONE);
        f.end();
        return phone;
      });

  /** An e-mail address as a contact point: {@code {"kind": "EMAIL", "value": "..."}}. */
  private static final Codec<EmailAddress> EMAIL_POINT = Codec.of(
      (g, e) -> {
        g.writeStartObject();
        FieldWriter.kind(g, "EMAIL");
        FieldWriter.field(g, "value", EMAIL, e);
        g.writeEndObject();
      },
      n -> {
        FieldReader f = FieldReader.of(n, "e-mail contact point");
        f.kind("EMAIL");
        EmailAddress email = f.required("value", EMAIL);
        f.end();
        return email;
      });

  /** A contact point, told apart by {@code kind}: {@code PHONE}, {@code EMAIL} or {@code POSTAL}. */
  static final Codec<ContactPoint> CONTACT_POINT = Family.<ContactPoint>of("contact point")
      .with("PHONE", PhoneNumber.class, PHONE_POINT)
      .with("EMAIL", EmailAddress.class, EMAIL_POINT)
      .with("POSTAL", PostalAddress.class, POSTAL);

  /** A text attribute: {@code {"kind": "TEXT", "value": "..."}}. */
  static final Codec<AttributeValue.Text> TEXT = attribute("TEXT", Scalars.STRING,
      AttributeValue.Text::value, AttributeValue.Text::new);

  /** A decimal attribute: {@code {"kind": "DECIMAL", "value": "12.5"}}, the value an exact decimal string. */
  static final Codec<AttributeValue.Decimal> DECIMAL = attribute("DECIMAL", Scalars.DECIMAL,
      AttributeValue.Decimal::value, AttributeValue.Decimal::new);

  /** A flag attribute: {@code {"kind": "FLAG", "value": true}}. */
  static final Codec<AttributeValue.Flag> FLAG = attribute("FLAG", Scalars.BOOLEAN,
      AttributeValue.Flag::value, AttributeValue.Flag::new);

  /** A date attribute: {@code {"kind": "DATE", "value": "2024-05-01"}}. */
  static final Codec<AttributeValue.Date> DATE = attribute("DATE", Scalars.LOCAL_DATE,
      AttributeValue.Date::value, AttributeValue.Date::new);

  /** An attribute value, told apart by {@code kind}: {@code TEXT}, {@code DECIMAL}, {@code FLAG} or {@code DATE}. */
  static final Codec<AttributeValue> ATTRIBUTE_VALUE = Family.<AttributeValue>of("attribute value")
      .with("TEXT", AttributeValue.Text.class, TEXT)
      .with("DECIMAL", AttributeValue.Decimal.class, DECIMAL)
      .with("FLAG", AttributeValue.Flag.class, FLAG)
      .with("DATE", AttributeValue.Date.class, DATE);

  private static <A extends AttributeValue, V> Codec<A> attribute(String kind, Codec<V> valueCodec,
      Function<A, V> value, Function<V, A> create) {
    return Codec.of(
        (g, a) -> {
          g.writeStartObject();
          FieldWriter.kind(g, kind);
          FieldWriter.field(g, "value", valueCodec, value.apply(a));
          g.writeEndObject();
        },
        n -> {
          FieldReader f = FieldReader.of(n, "attribute value");
          f.kind(kind);
          V v = f.required("value", valueCodec);
          return f.build(() -> create.apply(v));
        });
  }
}
