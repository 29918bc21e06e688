package org.crmkit.examples.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.Industry;

/**
 * Shared instances of the immutable low-cardinality values customers carry (account manager ids,
 * industries, genders, attribute values), so that a base of a million customers does not hold a
 * million copies of {@code Optional[AM-012]}. Any loader that interns such values gets the same
 * effect; the records themselves are unchanged.
 */
final class Shared {
  private static final List<Optional<String>> MANAGERS;
  private static final Map<Industry, Optional<Industry>> INDUSTRIES = new HashMap<>();
  private static final Map<Gender, Optional<Gender>> GENDERS = new EnumMap<>(Gender.class);
  private static final Map<String, AttributeValue> TEXTS = new HashMap<>();
  private static final AttributeValue TRUE = AttributeValue.ofFlag(true);
  private static final AttributeValue FALSE = AttributeValue.ofFlag(false);

  static {
    Optional<String>[] managers = newArray(CustomerFactory.MANAGERS);
    for (int i = 0; i < managers.length; i++) {
      managers[i] = Optional.of(String.format("AM-%03d", i + 1));
    }
    MANAGERS = List.of(managers);
    for (Industry i : Industry.PREDEFINED) {
      INDUSTRIES.put(i, Optional.of(i));
    }
    for (Gender g : Gender.values()) {
      GENDERS.put(g, Optional.of(g));
    }
  }

  private Shared() {}

  @SuppressWarnings("unchecked")
  private static Optional<String>[] newArray(int n) {
    return (Optional<String>[]) new Optional<?>[n];
  }

  /** Returns the id of account manager {@code index} (0-based), {@code AM-001} …. */
  static Optional<String> manager(int index) {
    return MANAGERS.get(index);
  }

  /** Returns the industry wrapped once. */
  static Optional<Industry> industry(Industry industry) {
    return INDUSTRIES.getOrDefault(industry, Optional.of(industry));
  }

  /** Returns the gender wrapped once. */
  static Optional<Gender> gender(Gender gender) {
    return GENDERS.get(gender);
  }

  /** Returns a text attribute from a fixed vocabulary. */
  static AttributeValue text(String value) {
    synchronized (TEXTS) {
      return TEXTS.computeIfAbsent(value, AttributeValue::ofText);
    }
  }

  /** Returns a flag attribute. */
  static AttributeValue flag(boolean value) {
    return value ? TRUE : FALSE;
  }
}
