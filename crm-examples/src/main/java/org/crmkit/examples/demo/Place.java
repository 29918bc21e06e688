package org.crmkit.examples.demo;

import java.util.Optional;
import org.crmkit.core.customer.Region;

/**
 * A city customers live in, with what the generator needs to make plausible contact data there.
 * Regions are shared between customers (they are immutable), which keeps a large base small.
 *
 * @param region the city-level region
 * @param optionalRegion the same region wrapped once, shared by every customer in the city
 * @param localName the city's name as written locally (Chinese for domestic cities)
 * @param phonePrefix country code and area code, digits only (for example {@code 8620})
 * @param localDigits how many digits follow the prefix in a landline number
 * @param postalPattern the postal-code shape: {@code 9} a digit, {@code A} a letter, else literal
 * @param idAreaCode the two-digit GB/T 2260 province code, 0 abroad
 */
record Place(Region region, Optional<Region> optionalRegion, String localName, String phonePrefix,
    int localDigits, String postalPattern, int idAreaCode) {

  /** Returns whether the city is in China. */
  boolean isDomestic() {
    return region.isDomestic();
  }
}
