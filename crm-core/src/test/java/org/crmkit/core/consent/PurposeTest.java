package org.crmkit.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PurposeTest {

  @Test
  void predefined_twoOptInAndTwoOptOut() {
    assertEquals(List.of(Purpose.DIRECT_MARKETING, Purpose.THIRD_PARTY_DISCLOSURE, Purpose.AUTOMATED_DECISION,
        Purpose.SENSITIVE_DATA_USE), Purpose.PREDEFINED);
    assertTrue(Purpose.THIRD_PARTY_DISCLOSURE.requiresOptIn());
    assertTrue(Purpose.SENSITIVE_DATA_USE.requiresOptIn());
    assertFalse(Purpose.DIRECT_MARKETING.requiresOptIn());
    assertFalse(Purpose.AUTOMATED_DECISION.requiresOptIn());
  }

  @Test
  void of_predefinedCode_givesThePredefinedPurpose() {
    assertSame(Purpose.DIRECT_MARKETING, Purpose.of("direct-marketing"));
    assertSame(Purpose.SENSITIVE_DATA_USE, Purpose.of("sensitive-data-use"));
  }

  @Test
  void of_unknownCode_isOptInSoThatItIsDeniedByDefault() {
    assertTrue(Purpose.of("loyalty-club").requiresOptIn());
  }

  @Test
  void optInAndOptOut_makeHostPurposes() {
    assertEquals(new Purpose("newsletter", false), Purpose.optOut("newsletter"));
    assertEquals(new Purpose("profiling-v2", true), Purpose.optIn("profiling-v2"));
    assertEquals("newsletter", Purpose.optOut("newsletter").toString());
  }

  @Test
  void new_predefinedCodeWithTheOtherDefault_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Purpose.optIn("direct-marketing"));
    assertEquals("purpose direct-marketing must have requiresOptIn=false but was true", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Purpose.optOut("third-party-disclosure"));
  }

  @Test
  void new_malformedCode_throws() {
    assertThrows(IllegalArgumentException.class, () -> Purpose.optIn("Direct Marketing"));
    assertThrows(IllegalArgumentException.class, () -> Purpose.optIn("9lives"));
    assertThrows(IllegalArgumentException.class, () -> Purpose.optIn(""));
  }
}
