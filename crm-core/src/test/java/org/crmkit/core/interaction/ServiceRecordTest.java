package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {

  private static ServiceRecord record(Optional<String> askedFor, Optional<Instant> replyDueAt) {
    return new ServiceRecord(ID, CUSTOMER, T0, Channel.PHONE, "where is my parcel", askedFor, Urgency.NORMAL,
        replyDueAt, false);
  }

  @Test
  void new_replyDueBeforeTheContact_throws() {
    assertThrows(IllegalArgumentException.class, () -> record(Optional.empty(), Optional.of(T0.minusMillis(1))));
  }

  @Test
  void new_noReplyDue_isAllowed() {
    assertEquals(Optional.empty(), record(Optional.empty(), Optional.empty()).replyDueAt());
  }

  @Test
  void new_askedForBlankOrTooLong_throws() {
    assertThrows(IllegalArgumentException.class, () -> record(Optional.of(" "), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> record(Optional.of("x".repeat(201)), Optional.empty()));
    assertEquals(Optional.of("rep-07"), record(Optional.of(" rep-07 "), Optional.empty()).askedFor());
  }
}
