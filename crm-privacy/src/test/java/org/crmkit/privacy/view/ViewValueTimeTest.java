package org.crmkit.privacy.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewValueTimeTest {
  private static final Instant AT = Instant.parse("2025-01-01T08:30:00.698Z");

  @Test
  void toPlain_instant_isTheTextInstantToStringWrites() {
    assertEquals(AT.toString(), new ViewValue.Time(AT).toPlain());
  }

  @Test
  void text_timeInAGroup_isItsIsoText() {
    ViewValue.Group g = ViewValue.Group.builder().put("createdAt", new ViewValue.Time(AT)).build();

    assertEquals(Optional.of("2025-01-01T08:30:00.698Z"), g.text("createdAt"));
  }

  @Test
  void toString_time_showsNoValue() {
    assertEquals("Time[redacted]", new ViewValue.Time(AT).toString());
  }

  @Test
  void new_nullInstant_throwsNamingTheValue() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new ViewValue.Time(null));
    assertEquals("value", e.getMessage());
  }
}
