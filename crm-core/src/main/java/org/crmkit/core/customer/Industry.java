package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An industry (行业) from an open vocabulary: lower-case codes such as {@code finance}, with the
 * common ones predefined as constants. Immutable.
 *
 * @param code 1..40 characters of {@code [a-z0-9-]}, starting with a letter
 */
public record Industry(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** Banking, insurance, securities (金融). */
  public static final Industry FINANCE = new Industry("finance");
  /** Software, internet, electronics (科技). */
  public static final Industry TECHNOLOGY = new Industry("technology");
  /** Schools, training (教育). */
  public static final Industry EDUCATION = new Industry("education");
  /** Hospitals, pharmacy (医疗). */
  public static final Industry HEALTHCARE = new Industry("healthcare");
  /** Manufacturing (制造). */
  public static final Industry MANUFACTURING = new Industry("manufacturing");
  /** Retail and wholesale (零售). */
  public static final Industry RETAIL = new Industry("retail");
  /** Real estate (房地产). */
  public static final Industry REAL_ESTATE = new Industry("real-estate");
  /** Government and public sector (政府). */
  public static final Industry GOVERNMENT = new Industry("government");
  /** Logistics and transport (物流). */
  public static final Industry LOGISTICS = new Industry("logistics");
  /** Hotels, restaurants, travel (服务). */
  public static final Industry HOSPITALITY = new Industry("hospitality");
  /** Telecommunications (电信). */
  public static final Industry TELECOM = new Industry("telecom");
  /** Energy and utilities (能源). */
  public static final Industry ENERGY = new Industry("energy");

  /** The predefined industries, in declaration order. */
  public static final List<Industry> PREDEFINED = List.of(FINANCE, TECHNOLOGY, EDUCATION,
      HEALTHCARE, MANUFACTURING, RETAIL, REAL_ESTATE, GOVERNMENT, LOGISTICS, HOSPITALITY, TELECOM, ENERGY);

  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if the code is not 1..40 characters of [a-z0-9-] starting with a letter
   */
  public Industry {
    requireNonNull(code, "code");
    checkArgument(CODE.matcher(code).matches(),
        "industry code must be 1..40 characters of [a-z0-9-] starting with a letter but was '%s'", code);
  }

  /**
   * Returns the industry for a code, lower-casing it and turning spaces and underscores into hyphens.
   *
   * @param code for example {@code "Real Estate"}
   * @return the industry
   * @throws IllegalArgumentException if the normalised code is invalid
   */
  public static Industry of(String code) {
    requireNonNull(code, "code");
    return new Industry(code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"));
  }

  @Override
  public String toString() {
    return code;
  }
}
