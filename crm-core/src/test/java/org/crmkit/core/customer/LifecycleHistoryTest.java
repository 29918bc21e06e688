package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleHistoryTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);
  private static final Instant T2 = T1.plusSeconds(3600);

  private static StageEntry exit(Instant at) {
    return new StageEntry(LifecycleStage.EXIT, at, Optional.of("price"));
  }

  @Test
  void startingAt_hasOneEntry() {
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T0);
    assertEquals(LifecycleStage.AWARENESS, h.current());
    assertEquals(T0, h.currentSince());
    assertEquals(1, h.entries().size());
  }

  @Test
  void moveTo_allowedMoves_extendTheHistory() {
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T0)
        .moveTo(LifecycleStage.TRANSACTION, T1)
        .moveTo(exit(T2))
        .moveTo(LifecycleStage.INTERACTION, T2);
    assertEquals(LifecycleStage.INTERACTION, h.current());
    assertEquals(4, h.entries().size());
    assertEquals(Optional.of(T2), h.enteredAt(LifecycleStage.EXIT));
    assertEquals(Optional.of(T1), h.enteredAt(LifecycleStage.TRANSACTION));
    assertEquals(Optional.empty(), h.enteredAt(LifecycleStage.MAINTENANCE));
    assertEquals(Optional.of("price"), h.entries().get(2).reason());
  }

  @Test
  void enteredAt_stageEnteredTwice_givesTheLatestEntry() {
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.TRANSACTION, T0)
        .moveTo(exit(T1))
        .moveTo(LifecycleStage.TRANSACTION, T2);
    assertEquals(Optional.of(T2), h.enteredAt(LifecycleStage.TRANSACTION));
  }

  @Test
  void moveTo_forbiddenMove_throws() {
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.MAINTENANCE, T0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> h.moveTo(LifecycleStage.AWARENESS, T1));
    assertEquals("lifecycle entry 1 must be a move allowed from MAINTENANCE but was AWARENESS", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> h.moveTo(LifecycleStage.MAINTENANCE, T1));
  }

  @Test
  void moveTo_fromExit_onlyBackToInteractionOrTransaction() {
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T0).moveTo(exit(T1));
    assertThrows(IllegalArgumentException.class, () -> h.moveTo(LifecycleStage.AWARENESS, T2));
    assertThrows(IllegalArgumentException.class, () -> h.moveTo(LifecycleStage.MAINTENANCE, T2));
    assertEquals(LifecycleStage.TRANSACTION, h.moveTo(LifecycleStage.TRANSACTION, T2).current());
  }

  @Test
  void moveTo_earlierThanTheCurrentEntry_throws() {
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> h.moveTo(LifecycleStage.INTERACTION, T0));
    assertTrue(e.getMessage().startsWith("lifecycle entry 1 must not be before entry 0"), e.getMessage());
  }

  @Test
  void moveTo_atTheSameInstant_isAllowed() {
    assertEquals(LifecycleStage.TRANSACTION,
        LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T0).moveTo(LifecycleStage.TRANSACTION, T0).current());
  }

  @Test
  void exit_withoutReason_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StageEntry.of(LifecycleStage.EXIT, T0));
    assertEquals("reason must be given for an exit but was empty", e.getMessage());
    LifecycleHistory h = LifecycleHistory.startingAt(LifecycleStage.AWARENESS, T0);
    assertThrows(IllegalArgumentException.class, () -> h.moveTo(LifecycleStage.EXIT, T1));
  }

  @Test
  void reason_blankOrTooLong_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new StageEntry(LifecycleStage.EXIT, T0, Optional.of("   ")));
    assertThrows(IllegalArgumentException.class,
        () -> new StageEntry(LifecycleStage.EXIT, T0, Optional.of("x".repeat(201))));
    assertEquals(Optional.of("moved away"),
        new StageEntry(LifecycleStage.EXIT, T0, Optional.of("  moved   away ")).reason());
  }

  @Test
  void new_empty_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LifecycleHistory(List.of()));
  }

  @Test
  void new_copiesTheEntries() {
    List<StageEntry> entries = new ArrayList<>(List.of(StageEntry.of(LifecycleStage.AWARENESS, T0)));
    LifecycleHistory h = new LifecycleHistory(entries);
    entries.add(StageEntry.of(LifecycleStage.INTERACTION, T1));
    assertEquals(1, h.entries().size());
    assertThrows(UnsupportedOperationException.class, () -> h.entries().add(StageEntry.of(LifecycleStage.INTERACTION, T1)));
  }
}
