package org.crmkit.core.customer;

import static org.crmkit.core.customer.LifecycleStage.AWARENESS;
import static org.crmkit.core.customer.LifecycleStage.EXIT;
import static org.crmkit.core.customer.LifecycleStage.INTERACTION;
import static org.crmkit.core.customer.LifecycleStage.MAINTENANCE;
import static org.crmkit.core.customer.LifecycleStage.TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleStageTest {
  /** The allowed moves of the class javadoc, written out in full. */
  private static final Map<LifecycleStage, Set<LifecycleStage>> ALLOWED = Map.of(
      AWARENESS, EnumSet.of(INTERACTION, TRANSACTION, MAINTENANCE, EXIT),
      INTERACTION, EnumSet.of(TRANSACTION, MAINTENANCE, EXIT),
      TRANSACTION, EnumSet.of(MAINTENANCE, EXIT),
      MAINTENANCE, EnumSet.of(EXIT),
      EXIT, EnumSet.of(INTERACTION, TRANSACTION));

  @Test
  void canMoveTo_matchesTheDocumentedTableForEveryPair() {
    for (LifecycleStage from : LifecycleStage.values()) {
      for (LifecycleStage to : LifecycleStage.values()) {
        assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
      }
    }
  }

  @Test
  void canMoveTo_skippingStagesForward_isAllowed() {
    assertEquals(true, AWARENESS.canMoveTo(TRANSACTION));
  }

  @Test
  void canMoveTo_backwardsOrInPlace_isForbidden() {
    assertEquals(false, MAINTENANCE.canMoveTo(INTERACTION));
    assertEquals(false, TRANSACTION.canMoveTo(TRANSACTION));
    assertEquals(false, EXIT.canMoveTo(EXIT));
    assertEquals(false, EXIT.canMoveTo(AWARENESS));
  }

  @Test
  void canMoveTo_null_throws() {
    assertThrows(NullPointerException.class, () -> AWARENESS.canMoveTo(null));
  }
}
