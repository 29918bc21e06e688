package org.crmkit.examples.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a window in days such as {@code --within 30d}: {@code <n>d} or {@code <n>}, n in [0, 3660]. */
final class WindowDaysConverter implements ITypeConverter<Integer> {
  /** The longest window, about ten years. */
  static final int MAX = 3660;
  private static final Pattern DAYS = Pattern.compile("(\\d{1,9})d?");

  @Override
  public Integer convert(String value) {
    Matcher m = DAYS.matcher(value.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) > MAX) {
      throw new TypeConversionException("must be a number of days in [0, " + MAX + "] such as '30d' but was '"
          + value + "'");
    }
    return Integer.parseInt(m.group(1));
  }
}
