package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunicationTest {

  @Test
  void new_blankContent_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new Communication(ID, CUSTOMER, T0, Channel.EMAIL, Direction.OUTBOUND, "\n "));
  }

  @Test
  void new_contentOver10000Characters_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new Communication(ID, CUSTOMER, T0, Channel.EMAIL, Direction.OUTBOUND, "x".repeat(10_001)));
  }

  @Test
  void followUp_blankNotes_throws() {
    assertThrows(IllegalArgumentException.class, () -> new FollowUp(ID, CUSTOMER, T0, Channel.PHONE,
        FollowUpMethod.PHONE, FollowUpPurpose.PERIODIC, FollowUpOutcome.NOT_REACHED, Optional.of("")));
    assertEquals(Optional.empty(), new FollowUp(ID, CUSTOMER, T0, Channel.PHONE, FollowUpMethod.PHONE,
        FollowUpPurpose.PERIODIC, FollowUpOutcome.NOT_REACHED, Optional.empty()).notes());
  }
}
