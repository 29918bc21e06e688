package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.crmkit.core.interaction.Fixtures.cny;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefundTest {

  @Test
  void new_negativeAmountOrBlankReason_throws() {
    assertThrows(IllegalArgumentException.class, () -> new Refund(ID, CUSTOMER, T0, Channel.STORE, "O-1", cny("-1"),
        RefundKind.REFUND, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Refund(ID, CUSTOMER, T0, Channel.STORE, "O-1", cny("1"),
        RefundKind.RETURN, Optional.of("")));
  }
}
