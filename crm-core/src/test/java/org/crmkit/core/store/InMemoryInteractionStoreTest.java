package org.crmkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.InteractionId;
import org.junit.jupiter.api.Test;

/** Behaviour of the in-memory store that the contract leaves open. */
class InMemoryInteractionStoreTest {

  @Test
  void reassign_toTheSameCustomer_movesNothing() {
    InMemoryInteractionStore store = new InMemoryInteractionStore();
    CustomerId c = CustomerId.of("c-1");
    Communication note = new Communication(InteractionId.of("i-1"), c, Instant.parse("2024-01-01T00:00:00Z"),
        Channel.PHONE, Direction.INBOUND, "回电");
    store.upsert(note);
    assertEquals(0, store.reassign(c, c));
    assertEquals(List.of(note), store.byCustomer(c));
  }
}
