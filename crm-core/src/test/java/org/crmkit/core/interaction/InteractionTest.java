package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.junit.jupiter.api.Test;

class InteractionTest {

  @Test
  void kind_isDistinctForEveryRecordType() {
    Set<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);
    Fixtures.oneOfEach().forEach(i -> kinds.add(i.kind()));
    assertEquals(EnumSet.allOf(InteractionKind.class), kinds);
  }

  @Test
  void withCustomerId_changesOnlyTheCustomer() {
    CustomerId other = CustomerId.of("C-2");
    for (Interaction i : Fixtures.oneOfEach()) {
      Interaction moved = i.withCustomerId(other);
      assertEquals(other, moved.customerId());
      assertEquals(i, moved.withCustomerId(CUSTOMER), i.kind().name());
      assertEquals(i.getClass(), moved.getClass());
    }
  }

  @Test
  void toString_neverShowsFreeText() {
    for (Interaction i : Fixtures.oneOfEach()) {
      assertFalse(i.toString().contains("李雷"), i.toString());
      assertFalse(i.toString().contains("1804953"), i.toString());
    }
  }

  @Test
  void interactionId_rejectsMalformedIds() {
    assertThrows(IllegalArgumentException.class, () -> InteractionId.of("I 1"));
    assertThrows(IllegalArgumentException.class, () -> InteractionId.of(""));
  }
}
