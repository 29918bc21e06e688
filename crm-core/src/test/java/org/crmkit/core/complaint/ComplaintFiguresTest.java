package org.crmkit.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Urgency;
import org.junit.jupiter.api.Test;

class ComplaintFiguresTest {
  static final Instant FROM = Instant.parse("2024-05-01T00:00:00Z");
  static final Instant TO = Instant.parse("2024-06-01T00:00:00Z");
  static final ServiceLevels LEVELS = ServiceLevels.defaults();

  static ComplaintCase received(String id, String customer, Instant at) {
    return ComplaintCase.open(new Complaint(InteractionId.of(id), CustomerId.of(customer), at, Channel.EMAIL,
        Urgency.NORMAL, LEVELS.replyDueAt(Urgency.NORMAL, at), ComplaintCause.DELIVERY, ComplaintStatus.RECEIVED, "late"));
  }

  static ComplaintCase closed(ComplaintCase c, Duration after) {
    Instant at = c.complaint().occurredAt();
    return c.moveTo(ComplaintStatus.INVESTIGATING, "a", at, LEVELS)
        .moveTo(ComplaintStatus.RESPONDED, "a", at, LEVELS)
        .moveTo(ComplaintStatus.TRACKING, "a", at, LEVELS)
        .moveTo(ComplaintStatus.CLOSED, "a", at.plus(after), LEVELS);
  }

  @Test
  void of_countsRateResolutionOverdueAndRecovery() {
    Instant d1 = FROM.plus(Duration.ofDays(1));
    ComplaintCase a = closed(received("A", "C1", d1), Duration.ofHours(10))
        .withRecovery(new ServiceRecovery(Remedy.REFUND, Optional.empty(), true, "a", d1));
    ComplaintCase b = closed(received("B", "C1", d1), Duration.ofHours(30))
        .withRecovery(new ServiceRecovery(Remedy.APOLOGY, Optional.empty(), false, "a", d1));
    ComplaintCase c = received("C", "C2", d1);                  // open, overdue at TO
    ComplaintCase outside = received("D", "C3", TO);             // outside the period
    ComplaintFigures f = ComplaintFigures.of(List.of(a, b, c, outside), 10, FROM, TO);
    assertEquals(3, f.received());
    assertEquals(2, f.customersComplained());
    assertEquals(OptionalDouble.of(0.2), f.complaintRate());
    assertEquals(2, f.closed());
    assertEquals(Optional.of(Duration.ofHours(20)), f.meanResolutionTime());
    assertEquals(1, f.overdue());
    assertEquals(OptionalDouble.of(0.5), f.recoveryRetentionRate());
  }

  @Test
  void of_noActiveCustomers_rateIsEmpty() {
    ComplaintFigures f = ComplaintFigures.of(List.of(), 0, FROM, TO);
    assertEquals(OptionalDouble.empty(), f.complaintRate());
    assertEquals(Optional.empty(), f.meanResolutionTime());
  }

  @Test
  void merge_otherPeriod_throws() {
    ComplaintFigures f = ComplaintFigures.of(List.of(), 0, FROM, TO);
    assertThrows(IllegalArgumentException.class, () -> f.merge(ComplaintFigures.of(List.of(), 0, FROM, TO.plusSeconds(1))));
  }

  @Test
  void serviceLevels_missingUrgencyOrNonPositive_throws() {
    assertThrows(IllegalArgumentException.class, () -> LEVELS.with(Urgency.LOW, Duration.ZERO));
    assertEquals(Duration.ofHours(1), LEVELS.with(Urgency.LOW, Duration.ofHours(1)).replyWithin(Urgency.LOW));
  }
}
