package org.crmkit.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.crmkit.examples.demo.SyntheticCustomerBase;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --as-of}: an ISO date the synthetic base accepts. */
final class AsOfDateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw failure(value);
    }
    if (date.isBefore(SyntheticCustomerBase.MIN_AS_OF) || date.isAfter(SyntheticCustomerBase.MAX_AS_OF)) {
      throw failure(value);
    }
    return date;
  }

  private static TypeConversionException failure(String value) {
    return new TypeConversionException("must be an ISO date (yyyy-MM-dd) in [" + SyntheticCustomerBase.MIN_AS_OF
        + ", " + SyntheticCustomerBase.MAX_AS_OF + "] but was '" + value + "'");
  }
}
