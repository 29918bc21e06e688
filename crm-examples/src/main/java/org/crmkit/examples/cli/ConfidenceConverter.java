package org.crmkit.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --confidence}: a confidence level strictly between 0 and 1. */
final class ConfidenceConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    double parsed;
    try {
      parsed = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw failure(value);
    }
    if (!(parsed > 0 && parsed < 1)) {
      throw failure(value);
    }
    return parsed;
  }

  private static TypeConversionException failure(String value) {
    return new TypeConversionException("must be a number in (0, 1) but was '" + value + "'");
  }
}
