package org.crmkit.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.CustomerId;
import org.crmkit.core.testkit.CrmArbitraries;

class ComplaintFlowProperties {
  static final ServiceLevels LEVELS = ServiceLevels.defaults();

  @Provide
  Arbitrary<Complaint> receivedComplaints() {
    return CrmArbitraries.interactions(InteractionKind.COMPLAINT, CustomerId.of("C-1"))
        .map(i -> ((Complaint) i).withStatus(ComplaintStatus.RECEIVED));
  }

  @Property(tries = 200)
  void stateMachineNeverReachesAnIllegalState(@ForAll("receivedComplaints") Complaint complaint,
      @ForAll List<ComplaintStatus> requests) {
    ComplaintCase c = ComplaintCase.open(complaint);
    Instant t = complaint.occurredAt();
    for (ComplaintStatus to : requests) {
      ComplaintStatus before = c.status();
      t = t.plusSeconds(60);
      try {
        c = c.moveTo(to, "rep-1", t, LEVELS);
        assertTrue(ComplaintFlow.canMove(before, to));
      } catch (IllegalComplaintTransitionException e) {
        assertTrue(!ComplaintFlow.canMove(before, to));
        assertEquals(before, c.status());
      }
    }
    // the case validated itself; re-building it from its parts must succeed too
    assertEquals(c, new ComplaintCase(c.complaint(), c.transitions(), c.recovery()));
  }

  @Provide
  Arbitrary<List<Interaction>> interactionLists() {
    return CrmArbitraries.interactions(CustomerId.of("C-1")).list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void overdueListsExactlyThePastDueComplaintsAwaitingReply(@ForAll("interactionLists") List<Interaction> all,
      @ForAll("instants") Instant asOf) {
    List<Complaint> overdue = ComplaintQueue.overdue(all, asOf);
    List<Complaint> expected = new ArrayList<>();
    for (Interaction i : all) {
      if (i instanceof Complaint) {
        Complaint c = (Complaint) i;
        boolean awaiting = c.status() == ComplaintStatus.RECEIVED || c.status() == ComplaintStatus.INVESTIGATING;
        if (awaiting && c.replyDueAt().isBefore(asOf)) {
          expected.add(c);
        }
      }
    }
    assertEquals(expected.size(), overdue.size());
    assertTrue(overdue.containsAll(expected));
    for (int k = 1; k < overdue.size(); k++) {
      assertTrue(!overdue.get(k).replyDueAt().isBefore(overdue.get(k - 1).replyDueAt()));
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    return CrmArbitraries.instants();
  }

  @Property(tries = 100)
  void reopenRestartsTheReplyClock(@ForAll("receivedComplaints") Complaint complaint,
      @ForAll("durations") Duration later) {
    Instant t = complaint.occurredAt();
    ComplaintCase closed = ComplaintCase.open(complaint)
        .moveTo(ComplaintStatus.INVESTIGATING, "a", t, LEVELS)
        .moveTo(ComplaintStatus.RESPONDED, "a", t, LEVELS)
        .moveTo(ComplaintStatus.TRACKING, "a", t, LEVELS)
        .moveTo(ComplaintStatus.CLOSED, "a", t, LEVELS);
    Instant again = t.plus(later);
    ComplaintCase reopened = closed.reopen("b", again, LEVELS);
    assertEquals(LEVELS.replyDueAt(complaint.urgency(), again), reopened.complaint().replyDueAt());
    assertTrue(!reopened.isOverdue(again), "a just-reopened complaint is not overdue");
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Arbitraries.longs().between(0, 365L * 86_400).map(Duration::ofSeconds);
  }
}
