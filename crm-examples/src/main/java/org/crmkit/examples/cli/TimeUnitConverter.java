package org.crmkit.examples.cli;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --unit}: {@code weeks} or {@code days}, case-insensitive. */
final class TimeUnitConverter implements ITypeConverter<ChronoUnit> {

  @Override
  public ChronoUnit convert(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "weeks":
        return ChronoUnit.WEEKS;
      case "days":
        return ChronoUnit.DAYS;
      default:
        throw new TypeConversionException("must be one of weeks, days but was '" + value + "'");
    }
  }
}
