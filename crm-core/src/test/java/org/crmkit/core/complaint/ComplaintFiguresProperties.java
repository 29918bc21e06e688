package org.crmkit.core.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Urgency;

class ComplaintFiguresProperties {
  static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2024-04-01T00:00:00Z");
  static final ServiceLevels LEVELS = ServiceLevels.defaults();

  @Provide
  Arbitrary<List<ComplaintCase>> cases() {
    Arbitrary<ComplaintCase> one = Combinators.combine(Arbitraries.integers().between(0, 9),
        Arbitraries.longs().between(-30L * 86_400, 120L * 86_400), Arbitraries.of(Urgency.class),
        Arbitraries.integers().between(0, 6), Arbitraries.longs().between(0, 40L * 86_400),
        Arbitraries.strings().alpha().ofLength(10))
        .as((cust, offset, urgency, steps, gap, id) -> {
          Instant at = FROM.plusSeconds(offset);
          ComplaintCase c = ComplaintCase.open(new Complaint(InteractionId.of(id), CustomerId.of("C" + cust), at,
              Channel.PHONE, urgency, LEVELS.replyDueAt(urgency, at), ComplaintCause.OTHER, ComplaintStatus.RECEIVED,
              "x"));
          for (int k = 0; k < steps; k++) {
            ComplaintStatus next = ComplaintFlow.allowedFrom(c.status()).iterator().next();
            c = c.moveTo(next, "a", at.plusSeconds(gap * (k + 1) / steps), LEVELS);
          }
          return steps % 2 == 0 ? c : c.withRecovery(new ServiceRecovery(Remedy.APOLOGY, java.util.Optional.empty(),
              gap % 2 == 0, "a", at));
        });
    return one.list().ofMaxSize(30).uniqueElements(ComplaintCase::id);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void splitByCustomerThenMergeEqualsOnePass(@ForAll("cases") List<ComplaintCase> cases,
      @ForAll("split") int split) {
    List<ComplaintCase> low = new ArrayList<>();
    List<ComplaintCase> high = new ArrayList<>();
    for (ComplaintCase c : cases) {
      (Integer.parseInt(c.complaint().customerId().value().substring(1)) < split ? low : high).add(c);
    }
    ComplaintFigures all = ComplaintFigures.of(cases, 100, FROM, TO);
    ComplaintFigures merged = ComplaintFigures.of(low, 40, FROM, TO).merge(ComplaintFigures.of(high, 60, FROM, TO));
    assertEquals(all, merged);
    all.complaintRate().ifPresent(r -> assertTrue(r >= 0 && r <= 1));
    all.recoveryRetentionRate().ifPresent(r -> assertTrue(r >= 0 && r <= 1));
    all.meanResolutionTime().ifPresent(d -> assertTrue(!d.isNegative() && d.compareTo(Duration.ofDays(41)) <= 0));
  }

  @Provide
  Arbitrary<Integer> split() {
    return Arbitraries.integers().between(0, 10);
  }
}
