package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkit.core.internal.Text;

/**
 * A postal address: the region it lies in, the street line(s) and an optional postal code.
 * Immutable; {@code toString()} is redacted.
 *
 * @param region country, province and city
 * @param street street, number, building and unit, cleaned of extra whitespace; 1..300 characters
 * @param postalCode postal code, if known: 2..12 letters, digits, spaces or hyphens
 */
public record PostalAddress(Region region, String street, Optional<String> postalCode)
    implements ContactPoint {
  private static final Pattern POSTAL = Pattern.compile("[A-Za-z0-9 -]{2,12}");

  /**
   * Validates the address.
   *
   * @throws IllegalArgumentException if the street is blank or too long, or the postal code is malformed
   */
  public PostalAddress {
    requireNonNull(region, "region");
    requireNonNull(street, "street");
    requireNonNull(postalCode, "postalCode");
    street = Text.clean(street);
    checkArgument(!street.isEmpty() && street.length() <= 300,
        "street must be 1..300 characters but was %s characters", street.length());
    postalCode = postalCode.map(String::strip);
    postalCode.ifPresent(p -> checkArgument(POSTAL.matcher(p).matches(),
        "postalCode must be 2..12 letters, digits, spaces or hyphens but was %s characters", p.length()));
  }

  /**
   * Returns an address without postal code.
   *
   * @param region the region
   * @param street the street line
   * @return the address
   */
  public static PostalAddress of(Region region, String street) {
    return new PostalAddress(region, street, Optional.empty());
  }

  /** Returns the region path and street, folded, so that spelling variants match. */
  @Override
  public String matchKey() {
    return Text.fold(region.toPath() + "|" + street);
  }

  /** Returns the full text of the address, region first; personal data. */
  public String toText() {
    return region.toPath().replace('/', ' ') + " " + street + postalCode.map(p -> " " + p).orElse("");
  }

  @Override
  public String toString() {
    return "PostalAddress[region=" + region.countryCode() + ", redacted]";
  }
}
