package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A host-defined benefit: a key and a value, for example {@code lounge-access = yes}. Immutable.
 *
 * @param key the benefit key, {@code [a-z][a-z0-9_.-]{0,63}}
 * @param value its value, 1..200 characters (policy text, not personal data)
 */
public record CustomBenefit(String key, String value) implements Benefit {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  /**
   * Validates the benefit.
   *
   * @throws IllegalArgumentException if the key is malformed or the value blank or too long
   */
  public CustomBenefit {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    checkArgument(KEY.matcher(key).matches(), "key must match [a-z][a-z0-9_.-]{0,63} but was '%s'", key);
    value = value.strip();
    checkArgument(!value.isEmpty() && value.length() <= 200,
        "value must be 1..200 characters but was %s characters", value.length());
  }

  @Override
  public String describe() {
    return key + ": " + value;
  }
}
