package org.crmkit.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an option value to a {@link LocalDate} written as an ISO date, such as {@code --as-of}. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("must be an ISO date (yyyy-MM-dd) but was '" + value + "'");
    }
  }
}
