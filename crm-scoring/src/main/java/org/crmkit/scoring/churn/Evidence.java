package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One fact behind a warning: a named figure (days, counts, rates, amounts) or a named date, never
 * free text or personal data. Immutable.
 *
 * @param name what the fact is, in lowerCamelCase such as {@code daysSinceLastPurchase}
 * @param figure the number, if the fact is a number
 * @param date the date, if the fact is a date
 */
public record Evidence(String name, OptionalDouble figure, Optional<LocalDate> date) {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  /**
   * Validates the evidence.
   *
   * @throws IllegalArgumentException if the name is not lowerCamelCase, or neither or both of
   *     figure and date are present, or the figure is not finite
   */
  public Evidence {
    requireNonNull(name, "name");
    requireNonNull(figure, "figure");
    requireNonNull(date, "date");
    checkArgument(NAME.matcher(name).matches(), "name must be lowerCamelCase of 1..64 characters but was '%s'", name);
    checkArgument(figure.isPresent() != date.isPresent(), "exactly one of figure and date must be present for %s", name);
    checkArgument(figure.isEmpty() || Double.isFinite(figure.getAsDouble()), "figure must be finite for %s", name);
  }

  /**
   * Returns a numeric fact.
   *
   * @param name the name
   * @param value the number, finite
   * @return the evidence
   */
  public static Evidence figure(String name, double value) {
    return new Evidence(name, OptionalDouble.of(value), Optional.empty());
  }

  /**
   * Returns a dated fact.
   *
   * @param name the name
   * @param value the date
   * @return the evidence
   */
  public static Evidence date(String name, LocalDate value) {
    return new Evidence(name, OptionalDouble.empty(), Optional.of(value));
  }
}
