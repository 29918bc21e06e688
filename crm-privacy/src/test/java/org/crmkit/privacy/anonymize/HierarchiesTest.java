package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HierarchiesTest {
  @Test
  void parseArx_zipHierarchy_generalisesPerLevel() {
    Hierarchy zip = Hierarchies.parseArx("81667;8166*;816**;*\n81675;8167*;816**;*\n");

    assertEquals(4, zip.height());
    assertEquals("81667", zip.generalise("81667", 0));
    assertEquals("816**", zip.generalise("81675", 2));
  }

  @Test
  void parseArx_inconsistentRows_namesTheLine() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> Hierarchies.parseArx("a;x;*\nb;x;*\nc;y;*\nd;y;z\n"));

    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void parseArx_unevenRows_throws() {
    assertThrows(CsvFormatException.class, () -> Hierarchies.parseArx("a;*\nb;x;*\n"));
  }

  @Test
  void generalise_uncoveredValue_throwsWithoutTheValue() {
    Hierarchy h = Hierarchies.parseArx("a;*\n");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> h.generalise("13800138000", 1));
    assertFalse(e.getMessage().contains("13800138000"));
  }

  @Test
  void ageBands_34_bandsUpToTop() {
    Hierarchy age = Hierarchies.ageBands();

    assertEquals("30-34", age.generalise("34", 1));
    assertEquals("30-39", age.generalise("34", 2));
    assertEquals("20-39", age.generalise("34", 3));
    assertEquals("*", age.generalise("34", 4));
  }

  @Test
  void dates_regions_incomes_generaliseToTheDocumentedLevels() {
    assertEquals("1990-05", Hierarchies.dates().generalise("1990-05-17", 1));
    assertEquals("1990", Hierarchies.dates().generalise("1990-05-17", 2));
    assertEquals("CN/Guangdong", Hierarchies.regions().generalise("CN/Guangdong/Shenzhen", 1));
    assertEquals("CN", Hierarchies.regions().generalise("CN/Guangdong/Shenzhen", 2));
    assertEquals("[50000,100000)", Hierarchies.incomeBands().generalise("72000", 1));
    assertEquals("[0,100000)", Hierarchies.incomeBands().generalise("72000", 2));
  }

  @Test
  void readArxDirectory_adult_findsNineHierarchiesByColumn() {
    Map<String, Hierarchy> h = Hierarchies.readArxDirectory(AdultBenchmarkTest.adultDirectory());

    assertEquals(9, h.size());
    assertEquals(5, h.get("age").height());
    assertEquals("*", h.get("native-country").generalise("United-States", 2));
  }
}
