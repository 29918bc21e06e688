package org.crmkit.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an option value to a {@code long}, such as {@code --seed}. */
final class LongConverter implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "must be an integer in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "] but was '" + value + "'");
    }
  }
}
