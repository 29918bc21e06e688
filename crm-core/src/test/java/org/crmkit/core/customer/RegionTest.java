package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {
  private static final Region CN = Region.ofCountry("CN");
  private static final Region SICHUAN = Region.of("CN", "Sichuan");
  private static final Region CHENGDU = Region.of("CN", "Sichuan", "Chengdu");

  @Test
  void parse_cityPath_givesAllThreeLevels() {
    Region r = Region.parse("CN/Sichuan/Chengdu");
    assertEquals(CHENGDU, r);
    assertEquals("CN", r.countryCode());
    assertEquals(Optional.of("Sichuan"), r.province());
    assertEquals(Optional.of("Chengdu"), r.city());
    assertEquals(3, r.depth());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CN", "CN/Sichuan", "CN/Sichuan/Chengdu", "CN/四川/成都", "US/New York/New York"})
  void toPath_parse_roundTrips(String path) {
    assertEquals(path, Region.parse(path).toPath());
    assertEquals(Region.parse(path), Region.parse(Region.parse(path).toPath()));
  }

  @Test
  void parse_normalisesCountryCaseAndWhitespace() {
    assertEquals(Region.of("CN", "Sichuan Province"), Region.parse(" cn/ Sichuan   Province "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CHN", "C1", "CN/Sichuan/Chengdu/Jinjiang", "CN//Chengdu", "CN/ /Chengdu", "CN/Sichuan/"})
  void parse_malformed_throws(String text) {
    assertThrows(IllegalArgumentException.class, () -> Region.parse(text));
  }

  @Test
  void new_cityWithoutProvince_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Region("CN", Optional.empty(), Optional.of("Chengdu")));
    assertTrue(e.getMessage().startsWith("city must come with a province"));
  }

  @Test
  void new_partWithSlashOrTooLong_throws() {
    assertThrows(IllegalArgumentException.class, () -> Region.of("CN", "Si/chuan"));
    assertThrows(IllegalArgumentException.class, () -> Region.of("CN", "x".repeat(101)));
  }

  @Test
  void contains_isReflexiveAndLooksDownTheTree() {
    assertTrue(CN.contains(CN));
    assertTrue(CN.contains(SICHUAN));
    assertTrue(CN.contains(CHENGDU));
    assertTrue(SICHUAN.contains(CHENGDU));
    assertTrue(CHENGDU.contains(CHENGDU));
  }

  @Test
  void contains_neverLooksUpOrSideways() {
    assertFalse(CHENGDU.contains(SICHUAN));
    assertFalse(SICHUAN.contains(CN));
    assertFalse(CHENGDU.contains(Region.of("CN", "Sichuan", "Mianyang")));
    assertFalse(SICHUAN.contains(Region.of("CN", "Yunnan", "Kunming")));
    assertFalse(CN.contains(Region.of("US", "California")));
  }

  @Test
  void contains_ignoresCaseWidthAndWhitespaceOfNames() {
    assertTrue(Region.of("CN", "sichuan").contains(Region.of("CN", "ＳＩＣＨＵＡＮ", "Chengdu")));
    assertTrue(Region.of("US", "New York").contains(Region.of("US", "newyork", "Albany")));
  }

  @Test
  void isDomestic_isRelativeToTheHomeCountry() {
    assertTrue(CHENGDU.isDomestic());
    assertFalse(Region.ofCountry("US").isDomestic());
    assertTrue(Region.ofCountry("US").isDomesticTo("us"));
  }
}
