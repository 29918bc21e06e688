package org.crmkit.examples.cli;

import java.util.stream.Collectors;
import org.crmkit.core.consent.Purpose;
import org.crmkit.privacy.view.ViewSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts {@code --view} with {@link ViewSpec#parse}. The purpose of an opt-out view must be a
 * predefined one: an unknown code would be read as an opt-in host purpose nobody consented to,
 * and a typo would silently remove every customer.
 */
final class ViewSpecConverter implements ITypeConverter<ViewSpec> {
  static final String FORMS = "standard, personal, anonymous, opt-out:PURPOSE or selective:RECIPIENT";

  @Override
  public ViewSpec convert(String value) {
    ViewSpec view;
    try {
      view = ViewSpec.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("must be " + FORMS + " but was '" + shorten(value) + "'");
    }
    if (view instanceof ViewSpec.OptOut && !Purpose.PREDEFINED.contains(((ViewSpec.OptOut) view).purpose())) {
      String codes = Purpose.PREDEFINED.stream().map(Purpose::code).collect(Collectors.joining(", "));
      throw new TypeConversionException("must name a purpose (one of: " + codes + ") after 'opt-out:' but was '"
          + shorten(value) + "'");
    }
    return view;
  }

  private static String shorten(String value) {
    String s = value.strip();
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
