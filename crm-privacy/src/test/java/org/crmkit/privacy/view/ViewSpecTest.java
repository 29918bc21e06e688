package org.crmkit.privacy.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crmkit.core.consent.Purpose;
import org.junit.jupiter.api.Test;

class ViewSpecTest {
  @Test
  void parse_everyForm_roundTripsThroughName() {
    for (String s : List.of("standard", "personal", "anonymous", "opt-out:direct-marketing",
        "opt-out:sensitive-data-use", "selective:acme-logistics")) {
      assertEquals(s, ViewSpec.parse(s).name());
    }
  }

  @Test
  void parse_optOut_readsThePurpose() {
    assertEquals(ViewSpec.optOut(Purpose.THIRD_PARTY_DISCLOSURE), ViewSpec.parse("opt-out:third-party-disclosure"));
    assertEquals(ViewKind.OPT_OUT, ViewSpec.parse("opt-out:my-host-purpose").kind());
    assertTrue(((ViewSpec.OptOut) ViewSpec.parse("opt-out:my-host-purpose")).purpose().requiresOptIn());
  }

  @Test
  void parse_unknownView_throwsNamingTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ViewSpec.parse("everything"));
    assertEquals("view must be standard, personal, anonymous, opt-out:PURPOSE or selective:RECIPIENT"
        + " but was 'everything'", e.getMessage());
  }

  @Test
  void parse_badRecipient_throws() {
    assertThrows(IllegalArgumentException.class, () -> ViewSpec.parse("selective:"));
    assertThrows(IllegalArgumentException.class, () -> ViewSpec.parse("selective:a b"));
  }

  @Test
  void recipientPolicy_grantsOnlyListedPathsAndRejectsRepeats() {
    RecipientPolicy p = RecipientPolicy.of("acme").with("customer.region", FieldTransform.keep());

    assertEquals(FieldTransform.keep(), p.transformOf("customer.region"));
    assertEquals(FieldTransform.redact(), p.transformOf("customer.displayName"));
    assertThrows(IllegalArgumentException.class, () -> p.with("customer.region", FieldTransform.mask()));
    assertThrows(IllegalArgumentException.class, () -> new RecipientPolicy("acme", Map.of("not a path", FieldTransform.keep())));
  }

  @Test
  void viewValue_toString_showsNoValue() {
    ViewValue.Group g = new ViewValue.Group(Map.of("displayName", new ViewValue.Text("段正淳")));
    assertEquals("Group[displayName]", g.toString());
    assertEquals("Text[redacted]", new ViewValue.Text("段正淳").toString());
  }

  @Test
  void viewValue_toPlain_isWhatASerialiserWrites() {
    ViewValue.Group g = new ViewValue.Group(Map.of("tags", new ViewValue.Items(List.of(new ViewValue.Text("vip")))));
    assertEquals(Map.of("tags", List.of("vip")), g.toPlain());
  }
}
