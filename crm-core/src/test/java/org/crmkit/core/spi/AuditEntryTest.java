package org.crmkit.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C-1");

  @Test
  void of_startsAtSequenceZeroWithSortedFieldNames() {
    AuditEntry e = AuditEntry.of(T0, "am-001", AuditAction.UPDATE, C1, Set.of("tags", "displayName"));
    assertEquals(0, e.sequence());
    assertEquals(List.of("displayName", "tags"), List.copyOf(e.changedFields()));
    assertEquals(7, e.withSequence(7).sequence());
  }

  @Test
  void withSequence_belowOne_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> AuditEntry.of(T0, "self", AuditAction.CREATE, C1, Set.of()).withSequence(0));
  }

  @Test
  void new_mergeWithoutRelatedCustomer_throws() {
    assertThrows(IllegalArgumentException.class, () -> AuditEntry.of(T0, "self", AuditAction.MERGE, C1, Set.of()));
    assertEquals(Optional.of(CustomerId.of("C-2")), new AuditEntry(0, T0, "system:dedup", AuditAction.MERGE, C1,
        Set.of(), Optional.of(CustomerId.of("C-2"))).relatedCustomerId());
  }

  @Test
  void new_malformedActorOrFieldName_throws() {
    assertThrows(IllegalArgumentException.class, () -> AuditEntry.of(T0, "a b", AuditAction.CREATE, C1, Set.of()));
    assertThrows(IllegalArgumentException.class,
        () -> AuditEntry.of(T0, "self", AuditAction.UPDATE, C1, Set.of("display name")));
  }
}
