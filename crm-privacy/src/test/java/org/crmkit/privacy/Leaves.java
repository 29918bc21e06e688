package org.crmkit.privacy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewValue;

/**
 * Flattens model instances (reflectively, in the export layout) and view outputs into
 * {@code path -> texts}, where paths are dictionary paths ({@code []} for array elements). Written
 * independently of the view engine so that tests compare the engine against the model itself.
 */
public final class Leaves {
  private Leaves() {}

  /** Every scalar of a profile, by dictionary path; attribute values under {@code customer.attributes.<key>}. */
  public static Map<String, List<String>> ofProfile(CustomerProfile p) {
    Map<String, List<String>> out = new TreeMap<>();
    walk(p.customer(), "customer", out);
    for (Interaction i : p.interactions()) {
      add(out, "interactions[].kind", i.kind().name());
      walk(i, "interactions[]", out);
    }
    p.consentEvents().forEach(e -> walk(e, "consentEvents[]", out));
    return out;
  }

  private static void walk(Object v, String path, Map<String, List<String>> out) {
    if (v instanceof Optional) {
      ((Optional<?>) v).ifPresent(x -> walk(x, path, out));
    } else if (v instanceof Collection) {
      ((Collection<?>) v).forEach(x -> walk(x, path + "[]", out));
    } else if (v instanceof Map) {
      ((Map<?, ?>) v).forEach((k, x) -> walk(x, path + "." + k, out));
    } else if (v instanceof LifecycleHistory) {
      walk(((LifecycleHistory) v).entries(), path, out);
    } else if (v instanceof ContactPoint) {
      add(out, path + ".kind", v instanceof PhoneNumber ? "PHONE" : v instanceof EmailAddress ? "EMAIL" : "POSTAL");
      if (v instanceof PhoneNumber) {
        add(out, path + ".e164", ((PhoneNumber) v).e164()); // a value class, not a record
      } else {
        components(v, path, out);
      }
    } else if (v instanceof AttributeValue) {
      add(out, path, text(v));
    } else if (isScalar(v)) {
      add(out, path, text(v));
    } else if (v.getClass().isRecord()) {
      components(v, path, out);
    } else {
      throw new AssertionError("unexpected " + v.getClass() + " at " + path);
    }
  }

  private static void components(Object v, String path, Map<String, List<String>> out) {
    for (RecordComponent rc : v.getClass().getRecordComponents()) {
      try {
        walk(rc.getAccessor().invoke(v), path + "." + rc.getName(), out);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static boolean isScalar(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum
        || v instanceof Instant || v instanceof LocalDate || v instanceof Duration || v instanceof Currency
        || v instanceof CustomerId || v instanceof InteractionId || v instanceof Industry || v instanceof Region;
  }

  /** The text of a model scalar as the export writes it. */
  public static String text(Object v) {
    if (v instanceof AttributeValue.Text) {
      return ((AttributeValue.Text) v).value();
    }
    if (v instanceof AttributeValue.Decimal) {
      return ((AttributeValue.Decimal) v).value().toPlainString();
    }
    if (v instanceof AttributeValue.Flag) {
      return String.valueOf(((AttributeValue.Flag) v).value());
    }
    if (v instanceof AttributeValue.Date) {
      return ((AttributeValue.Date) v).value().toString();
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
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
    return String.valueOf(v);
  }

  /**
   * Every scalar of a view, by dictionary path. An attribute's {@code {"kind","value"}} is
   * reported as its value under {@code customer.attributes.<key>}, like {@link #ofProfile}.
   */
  public static Map<String, List<String>> ofView(ProfileView v) {
    Map<String, List<String>> out = new TreeMap<>();
    walkView(v.customer(), "customer", out);
    v.interactions().forEach(g -> walkView(g, "interactions[]", out));
    v.consentEvents().forEach(g -> walkView(g, "consentEvents[]", out));
    walkView(v.derived(), "derived", out);
    return out;
  }

  private static void walkView(ViewValue v, String path, Map<String, List<String>> out) {
    if (v instanceof ViewValue.Group) {
      ((ViewValue.Group) v).fields().forEach((k, x) -> {
        String p = path + "." + k;
        if (path.equals("customer.attributes") && x instanceof ViewValue.Group) {
          ((ViewValue.Group) x).get("value").ifPresent(value -> walkView(value, p, out));
        } else {
          walkView(x, p, out);
        }
      });
    } else if (v instanceof ViewValue.Items) {
      ((ViewValue.Items) v).items().forEach(x -> walkView(x, path + "[]", out));
    } else if (v instanceof ViewValue.Text) {
      add(out, path, ((ViewValue.Text) v).value());
    } else if (v instanceof ViewValue.Time) {
      add(out, path, (String) v.toPlain());
    } else if (v instanceof ViewValue.Number) {
      add(out, path, ((ViewValue.Number) v).value().toPlainString());
    } else {
      add(out, path, String.valueOf(((ViewValue.Flag) v).value()));
    }
  }

  /** Every scalar text of a view, in one list. */
  public static List<String> texts(ProfileView v) {
    List<String> all = new ArrayList<>();
    ofView(v).values().forEach(all::addAll);
    all.add(v.subject());
    return all;
  }

  private static void add(Map<String, List<String>> out, String path, String text) {
    out.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
  }
}
