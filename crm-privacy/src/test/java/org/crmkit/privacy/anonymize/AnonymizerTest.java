package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.junit.jupiter.api.Test;

class AnonymizerTest {
  @Test
  void quasiIdentifiersFrom_dictionary_keepsPersonalFieldsOnly() {
    Anonymizer a = Anonymizer.builder().quasiIdentifiersFrom(DataDictionary.standard(), Map.of(
        "customer.region", Hierarchies.regions(), "customer.type", Hierarchies.parseArx("INDIVIDUAL;*\n")))
        .build();

    assertEquals(List.of("customer.region"), List.copyOf(a.quasiIdentifiers().keySet()));
  }

  @Test
  void anonymize_lDiversity_everyClassHasTwoSalaryClasses() {
    Table t = Table.of(List.of("age", "salary"), List.of(
        List.of("34", "low"), List.of("36", "high"), List.of("45", "high"), List.of("47", "low")));
    Anonymization a = Anonymizer.builder().quasiIdentifier("age", Hierarchies.ageBands())
        .k(2).lDiversity("salary", 2).build().anonymize(t);

    assertTrue(KAnonymity.isLDiverse(a.released(), List.of("age"), "salary", 2));
    assertEquals(OptionalInt.of(2), a.l());
    assertEquals(Map.of("age", 2), a.levels());
  }

  @Test
  void anonymize_suppressionLimit_withholdsTheOutlierOnly() {
    Table t = Table.of(List.of("zip"), List.of(
        List.of("81667"), List.of("81667"), List.of("81931"), List.of("81931"), List.of("10115")));
    Anonymization a = Anonymizer.builder()
        .quasiIdentifier("zip", Hierarchies.parseArx("81667;8****;*\n81931;8****;*\n10115;1****;*\n"))
        .k(2).suppressionLimit(0.2).build().anonymize(t);

    assertEquals(1, a.suppressed());
    assertEquals(Map.of("zip", 0), a.levels());
    assertFalse(a.released().rows().contains(List.of("10115")));
  }

  @Test
  void anonymize_valueOutsideHierarchy_namesTheColumnNotTheValue() {
    Table t = Table.of(List.of("zip"), List.of(List.of("99999")));
    Anonymizer a = Anonymizer.builder().quasiIdentifier("zip", Hierarchies.parseArx("81667;*\n")).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.anonymize(t));
    assertTrue(e.getMessage().contains("zip"), e.getMessage());
    assertFalse(e.getMessage().contains("99999"), e.getMessage());
  }

  @Test
  void build_sensitiveIsQuasiIdentifier_throws() {
    Anonymizer.Builder b = Anonymizer.builder().quasiIdentifier("age", Hierarchies.ageBands())
        .lDiversity("age", 2);

    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void builder_badParameters_throw() {
    assertThrows(IllegalArgumentException.class, () -> Anonymizer.builder().k(0));
    assertThrows(IllegalArgumentException.class, () -> Anonymizer.builder().suppressionLimit(1.5));
    assertThrows(IllegalStateException.class, () -> Anonymizer.builder().build());
  }

  @Test
  void anonymize_filterRunsFirst_limitIsOverKeptRows() {
    Table t = Table.of(List.of("zip", "id"), List.of(
        List.of("81667", "a"), List.of("81667", "b"), List.of("10115", "erased")));
    Anonymization a = Anonymizer.builder()
        .quasiIdentifier("zip", Hierarchies.parseArx("81667;*\n10115;*\n"))
        .k(2).build().anonymize(t, i -> i != 2);

    assertEquals(2, a.rows());
    assertEquals(Map.of("zip", 0), a.levels());
  }
}
