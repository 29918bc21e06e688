package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostalAddressTest {
  private static final Region CHENGDU = Region.of("CN", "Sichuan", "Chengdu");
  private static final String STREET = "天府大道 100 号";

  @Test
  void new_cleansStreetAndPostalCode() {
    PostalAddress a = new PostalAddress(CHENGDU, "  天府大道   100 号 ", Optional.of(" 610041 "));
    assertEquals(STREET, a.street());
    assertEquals(Optional.of("610041"), a.postalCode());
  }

  @Test
  void new_blankOrTooLongStreet_throwsWithoutTheStreet() {
    assertThrows(IllegalArgumentException.class, () -> PostalAddress.of(CHENGDU, "   "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostalAddress.of(CHENGDU, "天府大道".repeat(80)));
    assertFalse(e.getMessage().contains("天府"), e.getMessage());
  }

  @Test
  void new_malformedPostalCode_throwsWithoutTheCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PostalAddress(CHENGDU, STREET, Optional.of("6100#41")));
    assertFalse(e.getMessage().contains("6100"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PostalAddress(CHENGDU, STREET, Optional.of("6")));
    assertEquals(Optional.of("SW1A 1AA"),
        new PostalAddress(Region.ofCountry("GB"), "10 Downing St", Optional.of("SW1A 1AA")).postalCode());
  }

  @Test
  void matchKey_ignoresCaseWidthAndSpacing() {
    PostalAddress a = PostalAddress.of(Region.of("US", "New York", "New York"), "350 Fifth Avenue");
    PostalAddress b = PostalAddress.of(Region.of("US", "new york", "NEW YORK"), "３５０ fifth  avenue");
    assertEquals(a.matchKey(), b.matchKey());
    assertNotEquals(a, b);
  }

  @Test
  void toText_putsRegionFirst() {
    assertEquals("CN Sichuan Chengdu 天府大道 100 号 610041",
        new PostalAddress(CHENGDU, STREET, Optional.of("610041")).toText());
  }

  @Test
  void toString_showsOnlyTheCountry() {
    assertEquals("PostalAddress[region=CN, redacted]", PostalAddress.of(CHENGDU, STREET).toString());
  }
}
