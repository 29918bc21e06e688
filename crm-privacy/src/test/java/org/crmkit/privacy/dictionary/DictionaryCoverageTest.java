package org.crmkit.privacy.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
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
import java.util.Set;
import java.util.TreeSet;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.junit.jupiter.api.Test;

/**
 * Walks crm-core's record types reflectively, as the export format lays them out, and checks that
 * the dictionary classifies every component: the dictionary can never fall behind the model.
 */
class DictionaryCoverageTest {
  /** Types the export writes as one JSON scalar. */
  private static final Set<Class<?>> SCALARS = Set.of(String.class, BigDecimal.class, Instant.class,
      LocalDate.class, Duration.class, Currency.class, CustomerId.class, InteractionId.class, Industry.class,
      Region.class, AttributeValue.class, int.class, long.class, boolean.class, Integer.class, Long.class,
      Boolean.class);

  static Set<String> modelPaths() {
    Set<String> paths = new TreeSet<>();
    walk(Customer.class, "customer", paths);
    for (Class<?> kind : Interaction.class.getPermittedSubclasses()) {
      paths.add("interactions[].kind");
      walk(kind, "interactions[]", paths);
    }
    walk(ConsentEvent.class, "consentEvents[]", paths);
    return paths;
  }

  private static void walk(Type type, String path, Set<String> out) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      walk(arg(type, 0), path, out);
    } else if (Collection.class.isAssignableFrom(raw)) {
      walk(arg(type, 0), path + "[]", out);
    } else if (Map.class.isAssignableFrom(raw)) {
      walk(arg(type, 1), path + ".*", out);
    } else if (raw == LifecycleHistory.class) {
      walk(StageEntry.class, path + "[]", out); // the export writes the history as its entries
    } else if (SCALARS.contains(raw) || raw.isEnum()) {
      out.add(path);
    } else if (raw == ContactPoint.class) {
      out.add(path + ".kind");
      for (Class<?> c : raw.getPermittedSubclasses()) {
        walk(c, path, out);
      }
    } else if (raw == PhoneNumber.class) {
      out.add(path + ".e164"); // a value class, written as its E.164 text
    } else if (raw.isRecord()) {
      for (RecordComponent rc : raw.getRecordComponents()) {
        walk(rc.getGenericType(), path + "." + rc.getName(), out);
      }
    } else {
      throw new AssertionError("the test does not know how the export writes " + raw + " at " + path);
    }
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) t).getRawType() : (Class<?>) t;
  }

  private static Type arg(Type t, int i) {
    return ((ParameterizedType) t).getActualTypeArguments()[i];
  }

  @Test
  void standard_classifiesEveryComponentOfTheModel() {
    List<String> missing = new ArrayList<>();
    for (String path : modelPaths()) {
      // Host attributes are the host's to classify; unknown keys are sensitive (next test).
      if (!path.startsWith(DataDictionary.ATTRIBUTES) && !DataDictionary.standard().isClassified(path)) {
        missing.add(path);
      }
    }
    assertEquals(List.of(), missing, "model fields without a classification");
  }

  @Test
  void standard_hasNoEntryForAFieldTheModelDoesNotHave() {
    Set<String> model = modelPaths();
    List<String> stale = new ArrayList<>();
    for (FieldEntry e : DataDictionary.standard().entries()) {
      if (!e.path().startsWith(DataDictionary.DERIVED) && !model.contains(e.path())) {
        stale.add(e.path());
      }
    }
    assertEquals(List.of(), stale);
  }

  @Test
  void modelPaths_includeTheIssuesExamples() {
    Set<String> paths = modelPaths();
    assertTrue(paths.containsAll(List.of("customer.displayName", "customer.contactPoints[].e164",
        "interactions[].content", "consentEvents[].recipients[]", "customer.attributes.*")), paths.toString());
  }
}
