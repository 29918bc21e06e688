package org.crmkit.privacy.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Region;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.mask.Generalisations;
import org.crmkit.privacy.mask.Masks;
import org.crmkit.privacy.pseudonym.Pseudonymizer;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.Timestamps;
import org.crmkit.privacy.view.ViewValue;

/**
 * Applies a {@link FieldTransform} to one raw model value. Returns null when the field is to be
 * left out, including when a transform has no operator for the field's kind (fail closed).
 */
final class Transformer {
  /**
   * The text of each enum constant, shared: view values are immutable, so one instance per
   * constant serves every customer.
   */
  private static final ClassValue<ViewValue.Text[]> ENUM_TEXT = new ClassValue<>() {
    @Override
    protected ViewValue.Text[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      ViewValue.Text[] out = new ViewValue.Text[constants.length];
      for (int i = 0; i < constants.length; i++) {
        out[i] = new ViewValue.Text(((Enum<?>) constants[i]).name());
      }
      return out;
    }
  };
  private static final ViewValue.Flag TRUE = new ViewValue.Flag(true);
  private static final ViewValue.Flag FALSE = new ViewValue.Flag(false);
  /** Shared numbers 0 to 255 (versions, counts, quantities). */
  private static final ViewValue.Number[] SMALL = new ViewValue.Number[256];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new ViewValue.Number(BigDecimal.valueOf(i));
    }
  }

  private final Pseudonymizer pseudonymizer;
  /** The texts of regions and of their parents, shared; regions are few and interned. */
  private final TextCache regions = new TextCache();
  private final TextCache parents = new TextCache();
  /** The texts of currencies, shared. */
  private final TextCache codes = new TextCache();

  Transformer(Pseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  /**
   * Writes a text field: what {@link #apply} does, without inspecting the value's type when the
   * step shows or leaves out the field.
   */
  ViewValue text(Plan.Step s, String raw, String context) {
    if (s.keeps()) {
      return new ViewValue.Text(raw);
    }
    return transformed(s, raw, context);
  }

  /** Writes a timestamp field, as {@link #text(Plan.Step, String, String)} does for text. */
  ViewValue instant(Plan.Step s, Instant raw, String context) {
    if (s.keeps()) {
      return new ViewValue.Time(raw);
    }
    return transformed(s, raw, context);
  }

  /** Writes an enum field, as {@link #text(Plan.Step, String, String)} does for text. */
  ViewValue constant(Plan.Step s, Enum<?> raw, String context) {
    if (s.keeps()) {
      return constantText(raw);
    }
    return transformed(s, raw, context);
  }

  /** Writes a whole number field (a version, a count). */
  ViewValue number(Plan.Step s, long raw, String context) {
    if (s.keeps()) {
      return wholeNumber(raw);
    }
    return transformed(s, raw, context);
  }

  /** Writes a region field. */
  ViewValue region(Plan.Step s, Region raw, String context) {
    if (s.keeps()) {
      return regionText(raw);
    }
    return transformed(s, raw, context);
  }

  /** Writes a field of any type. */
  ViewValue object(Plan.Step s, Object raw, String context) {
    if (s.keeps()) {
      return render(raw);
    }
    return transformed(s, raw, context);
  }

  /** A field whose step neither shows it as is nor only leaves it out. */
  private ViewValue transformed(Plan.Step s, Object raw, String context) {
    return s.redacts() ? null : apply(s.transform(), s.entry(), raw, context);
  }

  private static ViewValue.Text constantText(Enum<?> e) {
    return ENUM_TEXT.get(e.getDeclaringClass())[e.ordinal()];
  }

  private static ViewValue.Number wholeNumber(long n) {
    return n >= 0 && n < SMALL.length ? SMALL[(int) n] : new ViewValue.Number(BigDecimal.valueOf(n));
  }

  private ViewValue.Text regionText(Region r) {
    return regions.get(r, x -> ((Region) x).toPath());
  }

  ViewValue apply(FieldTransform t, FieldEntry e, Object raw, String context) {
    if (t instanceof FieldTransform.Keep) {
      return render(raw);
    }
    if (t instanceof FieldTransform.Redact) {
      return null;
    }
    if (t instanceof FieldTransform.Pseudonymise) {
      return new ViewValue.Text(pseudonymizer.pseudonym(context, text(raw)));
    }
    if (t instanceof FieldTransform.MaskKeeping) {
      FieldTransform.MaskKeeping m = (FieldTransform.MaskKeeping) t;
      return new ViewValue.Text(Masks.keep(text(raw), m.first(), m.last()));
    }
    if (t instanceof FieldTransform.Mask) {
      return new ViewValue.Text(mask(e, text(raw)));
    }
    if (t instanceof FieldTransform.Generalise) {
      return generalise(e, raw);
    }
    throw new AssertionError(t);
  }

  private static String mask(FieldEntry e, String s) {
    switch (e.kind()) {
      case PHONE:
        return Masks.phone(s);
      case PERSON_NAME:
        return Masks.name(s);
      case EMAIL:
        return Masks.email(s);
      case ID_NUMBER:
        return Masks.idNumber(s);
      case BANK_CARD:
        return Masks.bankCard(s);
      default:
        return Masks.all(s);
    }
  }

  private ViewValue generalise(FieldEntry e, Object raw) {
    Object v = unwrap(raw);
    switch (e.kind()) {
      case BIRTH_DATE: {
        LocalDate d = date(v);
        return d == null ? null : new ViewValue.Text(Generalisations.year(d));
      }
      case DATE: {
        LocalDate d = date(v);
        return d == null ? null : new ViewValue.Text(Generalisations.month(d));
      }
      case TIMESTAMP:
        return v instanceof Instant ? new ViewValue.Text(Generalisations.month((Instant) v)) : null;
      case AGE: {
        BigDecimal n = number(v);
        return n == null || n.signum() < 0 ? null : new ViewValue.Text(Generalisations.ageBand(n.intValue()));
      }
      case MONEY:
      case INCOME: {
        BigDecimal n = number(v);
        if (n == null) {
          return null;
        }
        return new ViewValue.Text(Generalisations.band(n,
            e.kind() == FieldKind.INCOME
                ? Generalisations.INCOME_BOUNDS : Generalisations.MONEY_BOUNDS));
      }
      case NUMBER: {
        BigDecimal n = number(v);
        return n == null ? null : new ViewValue.Text(Generalisations.magnitude(n));
      }
      case REGION:
        return v instanceof Region ? parents.get(v, r -> Generalisations.parent((Region) r).toPath()) : null;
      case CODE:
      case SCORE:
      case FLAG:
      case DURATION:
        return render(raw);
      default:
        return null;
    }
  }

  private static Object unwrap(Object raw) {
    if (raw instanceof AttributeValue.Text) {
      return ((AttributeValue.Text) raw).value();
    }
    if (raw instanceof AttributeValue.Decimal) {
      return ((AttributeValue.Decimal) raw).value();
    }
    if (raw instanceof AttributeValue.Flag) {
      return ((AttributeValue.Flag) raw).value();
    }
    if (raw instanceof AttributeValue.Date) {
      return ((AttributeValue.Date) raw).value();
    }
    return raw;
  }

  private static LocalDate date(Object v) {
    if (v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof String) {
      try {
        return LocalDate.parse((String) v);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static BigDecimal number(Object v) {
    if (v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    if (v instanceof Integer || v instanceof Long) {
      return BigDecimal.valueOf(((java.lang.Number) v).longValue());
    }
    return null;
  }

  /** Renders a raw value in clear. */
  private ViewValue render(Object raw) {
    if (raw instanceof String) {
      return new ViewValue.Text((String) raw);
    }
    Object v = unwrap(raw);
    if (v instanceof String) {
      return new ViewValue.Text((String) v);
    }
    if (v instanceof Enum) {
      return constantText((Enum<?>) v);
    }
    if (v instanceof BigDecimal) {
      return new ViewValue.Number((BigDecimal) v);
    }
    if (v instanceof Integer || v instanceof Long) {
      return wholeNumber(((java.lang.Number) v).longValue());
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? TRUE : FALSE;
    }
    if (v instanceof Region) {
      return regionText((Region) v);
    }
    if (v instanceof Instant) {
      return new ViewValue.Time((Instant) v);
    }
    if (v instanceof Currency) {
      return codes.get(v, c -> ((Currency) c).getCurrencyCode());
    }
    return new ViewValue.Text(text(v));
  }

  /** The text form of a raw value: what masks and pseudonyms work on. */
  static String text(Object raw) {
    if (raw instanceof String) {
      return (String) raw;
    }
    Object v = unwrap(raw);
    if (v instanceof String) {
      return (String) v;
    }
    if (v instanceof Instant) {
      return Timestamps.format((Instant) v);
    }
    if (v instanceof Enum) {
      return ((Enum<?>) v).name();
    }
    if (v instanceof Region) {
      return ((Region) v).toPath();
    }
    if (v instanceof Currency) {
      return ((Currency) v).getCurrencyCode();
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    // String, Instant, LocalDate, Duration, ids, Industry and Purpose print their value.
    return String.valueOf(v);
  }
}
