package org.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The stable identifier of a customer: 1 to 64 characters from {@code [A-Za-z0-9._:-]}.
 *
 * <p>Ids are not personal data, so they may appear in logs and messages. Immutable.
 *
 * @param value the id text
 */
public record CustomerId(String value) implements Comparable<CustomerId> {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException if the value is not 1..64 characters of {@code [A-Za-z0-9._:-]}
   */
  public CustomerId {
    requireNonNull(value, "value");
    checkArgument(
        VALID.matcher(value).matches(),
        "customer id must be 1..64 characters of [A-Za-z0-9._:-] but was '%s'",
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
  }

  /**
   * Returns the id with this text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
