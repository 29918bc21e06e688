package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SensitiveDataTest {

  @Test
  void none_isEmpty() {
    assertTrue(SensitiveData.none().isEmpty());
    assertEquals("SensitiveData[redacted, empty]", SensitiveData.none().toString());
  }

  @Test
  void other_isSortedByKey() {
    SensitiveData s = new SensitiveData(Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of("union", "yes", "blood-type", "O"));
    assertEquals(List.of("blood-type", "union"), List.copyOf(s.other().keySet()));
    assertFalse(s.isEmpty());
  }

  @Test
  void new_blankValueOrBadKey_throwsWithoutTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SensitiveData(Optional.of(" "), Optional.empty(), Optional.empty(), Map.of()));
    assertEquals("sensitive ethnicity must be 1..2000 non-blank characters but was 1 characters", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SensitiveData(Optional.empty(), Optional.empty(), Optional.empty(), Map.of("Blood Type", "O")));
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> new SensitiveData(
        Optional.empty(), Optional.empty(), Optional.of("asthma".repeat(400)), Map.of()));
    assertFalse(tooLong.getMessage().contains("asthma"));
  }
}
