package org.crmkit.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.store.InMemoryInteractionStore;
import org.junit.jupiter.api.Test;

class ComplaintDeskTest {
  static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
  static final CustomerId C1 = CustomerId.of("C-1");
  static final String SECRET = "李雷 18049531999 broke my phone";

  private final InMemoryInteractionStore store = new InMemoryInteractionStore();
  private final ComplaintDesk desk = ComplaintDesk.over(store, ComplaintJournal.inMemory(), ServiceLevels.defaults());

  private ComplaintCase receive(String id, Urgency urgency, Instant at) {
    return desk.receive(InteractionId.of(id), C1, at, Channel.PHONE, urgency, ComplaintCause.PRODUCT, SECRET);
  }

  private ComplaintCase walkToClosed(InteractionId id, Instant start) {
    desk.move(id, ComplaintStatus.INVESTIGATING, "rep-1", start);
    desk.move(id, ComplaintStatus.RESPONDED, "rep-1", start.plusSeconds(60));
    desk.move(id, ComplaintStatus.TRACKING, "rep-2", start.plusSeconds(120));
    return desk.move(id, ComplaintStatus.CLOSED, "lead-1", start.plusSeconds(180));
  }

  @Test
  void receive_setsReplyDueFromUrgency_andStoresTheComplaint() {
    ComplaintCase c = receive("K1", Urgency.CRITICAL, T0);
    assertEquals(T0.plus(Duration.ofHours(2)), c.complaint().replyDueAt());
    assertEquals(ComplaintStatus.RECEIVED, c.status());
    assertEquals(Optional.of(c.complaint()), store.findById(c.id()));
  }

  @Test
  void receive_usedId_throws() {
    receive("K1", Urgency.LOW, T0);
    assertThrows(IllegalArgumentException.class, () -> receive("K1", Urgency.LOW, T0));
  }

  @Test
  void move_fullChain_recordsEveryTransitionWithActorAndTime() {
    InteractionId id = receive("K1", Urgency.NORMAL, T0).id();
    ComplaintCase closed = walkToClosed(id, T0.plusSeconds(10));
    assertEquals(4, closed.transitions().size());
    assertEquals(new ComplaintTransition(ComplaintStatus.TRACKING, ComplaintStatus.CLOSED, "lead-1", T0.plusSeconds(190)),
        closed.transitions().get(3));
    assertEquals(Optional.of(Duration.ofSeconds(190)), closed.resolutionTime());
    assertEquals(ComplaintStatus.CLOSED, ((Complaint) store.findById(id).orElseThrow()).status());
  }

  @Test
  void move_skippingAStep_throwsWithIdsAndStatusesOnly() {
    InteractionId id = receive("K1", Urgency.NORMAL, T0).id();
    IllegalComplaintTransitionException e = assertThrows(IllegalComplaintTransitionException.class,
        () -> desk.move(id, ComplaintStatus.RESPONDED, "rep-1", T0));
    assertEquals(ComplaintStatus.RECEIVED, e.from());
    assertEquals(ComplaintStatus.RESPONDED, e.to());
    assertTrue(e.getMessage().contains("K1") && e.getMessage().contains("INVESTIGATING"));
    assertFalse(e.getMessage().contains("18049531999"));
    assertEquals(0, desk.find(id).transitions().size());
  }

  @Test
  void move_backInTime_throws() {
    InteractionId id = receive("K1", Urgency.NORMAL, T0).id();
    assertThrows(IllegalArgumentException.class,
        () -> desk.move(id, ComplaintStatus.INVESTIGATING, "rep-1", T0.minusSeconds(1)));
  }

  @Test
  void move_unknownComplaint_throwsNotFound() {
    assertThrows(ComplaintNotFoundException.class,
        () -> desk.move(InteractionId.of("nope"), ComplaintStatus.INVESTIGATING, "rep-1", T0));
  }

  @Test
  void reopen_closedCase_goesBackToInvestigatingWithNewReplyDue() {
    InteractionId id = receive("K1", Urgency.HIGH, T0).id();
    walkToClosed(id, T0);
    Instant again = T0.plus(Duration.ofDays(3));
    ComplaintCase reopened = desk.reopen(id, "rep-3", again);
    assertEquals(ComplaintStatus.INVESTIGATING, reopened.status());
    assertEquals(again.plus(Duration.ofHours(8)), reopened.complaint().replyDueAt());
    assertEquals(1, reopened.reopenCount());
    assertTrue(reopened.transitions().get(4).isReopen());
    assertEquals(Optional.empty(), reopened.resolutionTime());
  }

  @Test
  void reopen_openCase_throws() {
    InteractionId id = receive("K1", Urgency.HIGH, T0).id();
    assertThrows(IllegalComplaintTransitionException.class, () -> desk.reopen(id, "rep-3", T0));
  }

  @Test
  void overdue_listsOnlyComplaintsAwaitingReplyPastTheirDueTime_mostOverdueFirst() {
    receive("K-late", Urgency.CRITICAL, T0);              // due T0+2h
    receive("K-later", Urgency.CRITICAL, T0.plusSeconds(600)); // due T0+2h10m
    receive("K-ontime", Urgency.LOW, T0);                 // due T0+72h
    InteractionId answered = receive("K-answered", Urgency.CRITICAL, T0).id();
    desk.move(answered, ComplaintStatus.INVESTIGATING, "rep-1", T0.plusSeconds(60));
    desk.move(answered, ComplaintStatus.RESPONDED, "rep-1", T0.plus(Duration.ofHours(5)));
    List<InteractionId> ids = desk.overdue(T0.plus(Duration.ofHours(6))).stream().map(ComplaintCase::id).toList();
    assertEquals(List.of(InteractionId.of("K-late"), InteractionId.of("K-later")), ids);
  }

  @Test
  void overdue_dueExactlyAtAsOf_isNotOverdue() {
    receive("K1", Urgency.CRITICAL, T0);
    assertEquals(List.of(), desk.overdue(T0.plus(Duration.ofHours(2))));
    assertEquals(1, desk.overdue(T0.plus(Duration.ofHours(2)).plusNanos(1)).size());
  }

  @Test
  void recordRecovery_keepsRemedyAndRetention() {
    InteractionId id = receive("K1", Urgency.NORMAL, T0).id();
    ServiceRecovery r = new ServiceRecovery(Remedy.REPLACEMENT, Optional.of(Money.of("200", "CNY")), true, "rep-1",
        T0.plusSeconds(3600));
    assertEquals(Optional.of(r), desk.recordRecovery(id, r).recovery());
    assertThrows(IllegalArgumentException.class, () -> desk.recordRecovery(id,
        new ServiceRecovery(Remedy.APOLOGY, Optional.empty(), false, "rep-1", T0.minusSeconds(1))));
  }

  @Test
  void toString_showsNoContent() {
    ComplaintCase c = receive("K1", Urgency.NORMAL, T0);
    assertFalse(c.toString().contains("18049531999"));
  }
}
