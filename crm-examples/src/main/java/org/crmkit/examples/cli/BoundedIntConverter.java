package org.crmkit.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to an {@code int} in an inclusive range. The message names the
 * expectation and the value; {@link UsageErrorHandler} puts the option name in front. Subclasses
 * fix the range in a no-argument constructor, which picocli calls.
 */
abstract class BoundedIntConverter implements ITypeConverter<Integer> {
  private final int min;
  private final int max;

  /**
   * Creates the converter.
   *
   * @param min the smallest value accepted
   * @param max the largest value accepted
   */
  BoundedIntConverter(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public Integer convert(String value) {
    long parsed;
    try {
      parsed = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw failure(value);
    }
    if (parsed < min || parsed > max) {
      throw failure(value);
    }
    return (int) parsed;
  }

  private TypeConversionException failure(String value) {
    return new TypeConversionException(
        String.format("must be an integer in [%d, %d] but was '%s'", min, max, value));
  }
}
