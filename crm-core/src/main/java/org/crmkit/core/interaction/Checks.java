package org.crmkit.core.interaction;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkit.core.Money;

/** Shared argument checks of the interaction records. */
final class Checks {
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

  private Checks() {}

  static String text(String field, String value, int max) {
    requireNonNull(value, field);
    checkArgument(!value.isBlank() && value.length() <= max,
        "%s must be 1..%s non-blank characters but was %s characters", field, max, value.length());
    return value.strip();
  }

  static Optional<String> text(String field, Optional<String> value, int max) {
    requireNonNull(value, field);
    return value.map(v -> text(field, v, max));
  }

  static String reference(String field, String value) {
    requireNonNull(value, field);
    checkArgument(REFERENCE.matcher(value).matches(),
        "%s must be 1..64 characters of [A-Za-z0-9._:/-] but was '%s'", field, value);
    return value;
  }

  static Money notNegative(String field, Money value) {
    requireNonNull(value, field);
    checkArgument(!value.isNegative(), "%s must not be negative but was %s", field, value);
    return value;
  }
}
