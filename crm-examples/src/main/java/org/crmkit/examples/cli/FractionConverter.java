package org.crmkit.examples.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a fraction such as {@code --suppression}: a decimal in [0, 1] ({@code 0.04}) or a percentage ({@code 4%}). */
final class FractionConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    String s = value.strip();
    boolean percent = s.endsWith("%");
    double d;
    try {
      d = Double.parseDouble(percent ? s.substring(0, s.length() - 1) : s);
    } catch (NumberFormatException e) {
      throw failure(value);
    }
    if (percent) {
      d /= 100;
    }
    if (!(d >= 0 && d <= 1) || s.matches(".*[A-Za-z].*")) {
      throw failure(value);
    }
    return d;
  }

  private static TypeConversionException failure(String value) {
    return new TypeConversionException("must be a fraction in [0, 1] such as 0.04 or 4% but was '" + value + "'");
  }
}
