package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one place where a customer's sensitive personal data (敏感个人信息, PIPL art. 28) is held:
 * ethnicity, religion, health notes and other host-defined sensitive items. Processing it needs
 * the separate {@code SENSITIVE_DATA_USE} consent; privacy views remove it by default.
 * Immutable; {@code toString()} shows only which items are present.
 *
 * @param ethnicity ethnicity (民族), if recorded
 * @param religion religion (宗教信仰), if recorded
 * @param healthNotes health information (健康), if recorded
 * @param other further sensitive items by key ({@code [a-z][a-z0-9_.-]*}), sorted by key
 */
public record SensitiveData(Optional<String> ethnicity, Optional<String> religion,
    Optional<String> healthNotes, Map<String, String> other) {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
  private static final SensitiveData NONE =
      new SensitiveData(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  /**
   * Validates the items.
   *
   * @throws IllegalArgumentException if a value is blank or over 2000 characters, or a key is malformed
   */
  public SensitiveData {
    requireNonNull(ethnicity, "ethnicity");
    requireNonNull(religion, "religion");
    requireNonNull(healthNotes, "healthNotes");
    requireNonNull(other, "other");
    ethnicity.ifPresent(v -> checkValue("ethnicity", v));
    religion.ifPresent(v -> checkValue("religion", v));
    healthNotes.ifPresent(v -> checkValue("healthNotes", v));
    TreeMap<String, String> sorted = new TreeMap<>();
    other.forEach((k, v) -> {
      checkArgument(KEY.matcher(k).matches(),
          "sensitive item key must match [a-z][a-z0-9_.-]{0,63} but was '%s'", k);
      checkValue(k, v);
      sorted.put(k, v);
    });
    other = ImmutableMap.copyOf(sorted); // sorted order, compact
  }

  private static void checkValue(String field, String value) {
    checkArgument(!value.isBlank() && value.length() <= 2000,
        "sensitive %s must be 1..2000 non-blank characters but was %s characters", field, value.length());
  }

  /** Returns the empty set of sensitive data. */
  public static SensitiveData none() {
    return NONE;
  }

  /** Returns whether nothing sensitive is recorded. */
  public boolean isEmpty() {
    return ethnicity.isEmpty() && religion.isEmpty() && healthNotes.isEmpty() && other.isEmpty();
  }

  @Override
  public String toString() {
    return "SensitiveData[redacted, " + (isEmpty() ? "empty" : "present") + "]";
  }
}
