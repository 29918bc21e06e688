package org.crmkit.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmkit.core.customer.Region;
import org.junit.jupiter.api.Test;

class GeneralisationsTest {
  @Test
  void band_incomeBetweenBounds_isItsHalfOpenBand() {
    assertEquals("[100000,200000)", Generalisations.band(new BigDecimal("150000"), Generalisations.INCOME_BOUNDS));
    assertEquals("[100000,200000)", Generalisations.band(new BigDecimal("100000"), Generalisations.INCOME_BOUNDS));
  }

  @Test
  void band_aboveTopAndBelowBottom_areOpenBands() {
    assertEquals("[1000000,)", Generalisations.band(new BigDecimal("5000000"), Generalisations.INCOME_BOUNDS));
    assertEquals("(,0)", Generalisations.band(new BigDecimal("-1"), Generalisations.MONEY_BOUNDS));
  }

  @Test
  void band_boundsNotIncreasing_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> Generalisations.band(BigDecimal.ONE, List.of(BigDecimal.TEN, BigDecimal.ONE)));
  }

  @Test
  void magnitude_isTheDecadeOfTheNumber() {
    assertEquals("[100,1000)", Generalisations.magnitude(new BigDecimal("150")));
    assertEquals("[0.1,1)", Generalisations.magnitude(new BigDecimal("0.5")));
    assertEquals("0", Generalisations.magnitude(BigDecimal.ZERO));
    assertEquals("(-100,-10]", Generalisations.magnitude(new BigDecimal("-42")));
  }

  @Test
  void ageBand_isTenYears() {
    assertEquals("30-39", Generalisations.ageBand(34));
    assertEquals("0-9", Generalisations.ageBand(0));
  }

  @Test
  void yearAndMonth_ofDatesAndInstants() {
    assertEquals("1990", Generalisations.year(LocalDate.of(1990, 5, 17)));
    assertEquals("1990-05", Generalisations.month(LocalDate.of(1990, 5, 17)));
    assertEquals("2025-03", Generalisations.month(Instant.parse("2025-03-31T23:59:59Z")));
  }

  @Test
  void parent_goesOneLevelUp() {
    assertEquals(Region.of("CN", "Sichuan"), Generalisations.parent(Region.of("CN", "Sichuan", "Chengdu")));
    assertEquals(Region.ofCountry("CN"), Generalisations.parent(Region.of("CN", "Sichuan")));
    assertEquals(Region.ofCountry("CN"), Generalisations.parent(Region.ofCountry("CN")));
  }
}
