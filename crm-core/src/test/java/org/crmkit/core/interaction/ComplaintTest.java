package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.SECRET;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  private static Complaint complaint(Instant replyDueAt, String content) {
    return new Complaint(ID, CUSTOMER, T0, Channel.FEEDBACK_FORM, Urgency.HIGH, replyDueAt, ComplaintCause.BROKEN_PROMISE,
        ComplaintStatus.RECEIVED, content);
  }

  @Test
  void new_replyDueBeforeReceipt_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> complaint(T0.minusSeconds(1), SECRET));
    assertTrue(e.getMessage().startsWith("replyDueAt must not be before occurredAt"), e.getMessage());
  }

  @Test
  void new_replyDueAtReceipt_isAllowed() {
    assertEquals(T0, complaint(T0, SECRET).replyDueAt());
  }

  @Test
  void new_blankOrTooLongContent_throwsWithoutTheContent() {
    assertThrows(IllegalArgumentException.class, () -> complaint(T0, "  "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> complaint(T0, SECRET.repeat(1000)));
    assertFalse(e.getMessage().contains("李雷"));
  }

  @Test
  void new_content_isStripped() {
    assertEquals("late", complaint(T0, "  late ").content());
  }

  @Test
  void withStatus_movesTheWorkflowOnly() {
    Complaint c = complaint(T0.plusSeconds(60), SECRET).withStatus(ComplaintStatus.CLOSED);
    assertEquals(ComplaintStatus.CLOSED, c.status());
    assertEquals(SECRET, c.content());
  }
}
