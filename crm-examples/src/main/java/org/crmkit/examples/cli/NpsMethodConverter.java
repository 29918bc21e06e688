package org.crmkit.examples.cli;

import java.util.Locale;
import org.crmkit.scoring.nps.NpsMethod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --method}: {@code adjusted-wald} or {@code wald}, case-insensitive. */
final class NpsMethodConverter implements ITypeConverter<NpsMethod> {

  @Override
  public NpsMethod convert(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "adjusted-wald":
        return NpsMethod.ADJUSTED_WALD;
      case "wald":
        return NpsMethod.WALD;
      default:
        throw new TypeConversionException("must be one of adjusted-wald, wald but was '" + value + "'");
    }
  }

  /** Returns the command-line name of a method. */
  static String name(NpsMethod method) {
    return method == NpsMethod.WALD ? "wald" : "adjusted-wald";
  }
}
