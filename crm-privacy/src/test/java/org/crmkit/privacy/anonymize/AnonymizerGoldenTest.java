package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ARX's own example (arx-deidentifier/arx, {@code Example1}-style fixture of issue 6): seven rows
 * of (age, gender, zip), k = 2, no suppression.
 */
class AnonymizerGoldenTest {
  static Table arxRows() {
    return Table.of(List.of("age", "gender", "zipcode"), List.of(
        List.of("34", "male", "81667"),
        List.of("45", "female", "81675"),
        List.of("66", "male", "81925"),
        List.of("70", "female", "81931"),
        List.of("34", "female", "81931"),
        List.of("70", "male", "81931"),
        List.of("45", "male", "81931")));
  }

  static Anonymizer.Builder arxHierarchies() {
    return Anonymizer.builder()
        .quasiIdentifier("age", Hierarchies.parseArx(
            "34;<50;*\n45;<50;*\n66;>=50;*\n70;>=50;*\n"))
        .quasiIdentifier("gender", Hierarchies.parseArx("male;*\nfemale;*\n"))
        .quasiIdentifier("zipcode", Hierarchies.parseArx(
            "81667;8166*;816**;81***;8****;*****\n"
                + "81675;8167*;816**;81***;8****;*****\n"
                + "81925;8192*;819**;81***;8****;*****\n"
                + "81931;8193*;819**;81***;8****;*****\n"));
  }

  @Test
  void anonymize_arxExample_releasesTheDocumentedTableInInputOrder() {
    Anonymization a = arxHierarchies().k(2).suppressionLimit(0).build().anonymize(arxRows());

    assertEquals(List.of(
        List.of("<50", "*", "816**"),
        List.of("<50", "*", "816**"),
        List.of(">=50", "*", "819**"),
        List.of(">=50", "*", "819**"),
        List.of("<50", "*", "819**"),
        List.of(">=50", "*", "819**"),
        List.of("<50", "*", "819**")), a.released().rows());
    assertEquals(List.of(Map.entry("age", 1), Map.entry("gender", 1), Map.entry("zipcode", 2)),
        List.copyOf(a.levels().entrySet()));
    assertEquals(0, a.suppressed());
    // Classes of 2, 3 and 2 rows: (4 + 9 + 4) / 49.
    assertEquals(17.0 / 49, a.informationLoss());
  }

  @Test
  void anonymize_arxExample_passesThePublicCheck() {
    Anonymization a = arxHierarchies().k(2).build().anonymize(arxRows());

    assertTrue(KAnonymity.isKAnonymous(a.released(), List.of("age", "gender", "zipcode"), 2));
    assertFalse(KAnonymity.isKAnonymous(arxRows(), List.of("age", "gender", "zipcode"), 2));
  }

  @Test
  void anonymize_kAboveRowCount_throwsAndReleasesNothing() {
    Anonymizer anonymizer = arxHierarchies().k(8).build();

    AnonymizationFailedException e =
        assertThrows(AnonymizationFailedException.class, () -> anonymizer.anonymize(arxRows()));
    assertTrue(e.getMessage().contains("k=8"), e.getMessage());
    assertFalse(e.getMessage().contains("81667"), e.getMessage());
  }
}
