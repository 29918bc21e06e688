package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdDocumentTest {
  /** A valid resident id number: its ISO 7064 MOD 11-2 check character is X. */
  private static final String VALID = "51343620000320711X";

  @Test
  void of_validResidentId_isAccepted() {
    IdDocument d = IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, VALID);
    assertEquals(VALID, d.number());
    assertEquals(IdDocument.Kind.CN_RESIDENT_ID, d.kind());
  }

  @Test
  void of_lowerCaseCheckCharacterAndSpaces_areNormalised() {
    assertEquals(VALID, IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, " 51343620000320711x ").number());
  }

  @ParameterizedTest
  @ValueSource(strings = {"513436200003207110", "513436200003207111", "513436200003207119", "51343620000320712X"})
  void of_wrongCheckCharacter_isRejectedWithoutTheNumber(String number) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, number));
    assertEquals("resident id number must pass the ISO 7064 MOD 11-2 check but did not", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "51343620000320711", "51343620000320711XX", "01343620000320711X", "5134362000032071XX",
      "51343620000320711Y"})
  void of_malformedResidentId_isRejectedWithoutTheNumber(String number) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, number));
    PhoneNumberTest.assertNoDigitsOf(number, e.getMessage());
  }

  @Test
  void of_otherKinds_acceptLettersDigitsAndHyphens() {
    assertEquals("E12345678", IdDocument.of(IdDocument.Kind.PASSPORT, "e12345678").number());
    assertEquals("91510100-MA61", IdDocument.of(IdDocument.Kind.BUSINESS_LICENSE, "91510100-MA61").number());
    assertThrows(IllegalArgumentException.class, () -> IdDocument.of(IdDocument.Kind.PASSPORT, "E12"));
    assertThrows(IllegalArgumentException.class, () -> IdDocument.of(IdDocument.Kind.OTHER, "AB 1234"));
  }

  @Test
  void toString_showsTheKindOnly() {
    String s = IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, VALID).toString();
    assertTrue(s.contains("CN_RESIDENT_ID"));
    assertFalse(s.contains("5134"));
  }
}
