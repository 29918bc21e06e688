package org.crmkit.core.interaction;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The id of an interaction: 1 to 64 characters from {@code [A-Za-z0-9._:-]}. Immutable.
 *
 * @param value the id text
 */
public record InteractionId(String value) implements Comparable<InteractionId> {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException if the value is not 1..64 characters of {@code [A-Za-z0-9._:-]}
   */
  public InteractionId {
    requireNonNull(value, "value");
    checkArgument(VALID.matcher(value).matches(),
        "interaction id must be 1..64 characters of [A-Za-z0-9._:-] but was '%s'",
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
  }

  /**
   * Returns the id with this text.
   *
   * @param value the text
   * @return the id
   */
  public static InteractionId of(String value) {
    return new InteractionId(value);
  }

  @Override
  public int compareTo(InteractionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
