package org.crmkit.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a finite number that must be greater than 0, such as {@code --horizon}. */
final class PositiveDoubleConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    double parsed;
    try {
      parsed = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw failure(value);
    }
    if (!(Double.isFinite(parsed) && parsed > 0)) {
      throw failure(value);
    }
    return parsed;
  }

  private static TypeConversionException failure(String value) {
    return new TypeConversionException("must be a finite number > 0 but was '" + value + "'");
  }
}
