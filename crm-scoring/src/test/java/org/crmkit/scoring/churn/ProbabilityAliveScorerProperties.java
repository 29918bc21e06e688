package org.crmkit.scoring.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentBasis;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;
import org.crmkit.scoring.bgnbd.TransactionSummarizer;
import org.crmkit.scoring.bgnbd.TransactionSummary;

class ProbabilityAliveScorerProperties {
  private static final BgNbdModel MODEL = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));

  @Property(tries = 100)
  void optedOutCustomersNeverGetAScore(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 19) Integer> customers,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 270) Integer> days,
      @ForAll Set<@IntRange(min = 0, max = 19) Integer> optedOut) {
    TransactionSummarizer s = TransactionSummarizer.create();
    for (int i = 0; i < Math.min(customers.size(), days.size()); i++) {
      s.add(CustomerId.of("c" + customers.get(i)), LocalDate.of(1997, 1, 1).plusDays(days.get(i)), 10);
    }
    TransactionSummary summary = s.summarize(LocalDate.of(1997, 9, 30), ChronoUnit.WEEKS);
    ConsentGate gate = (id, purpose, recipient, asOf) -> {
      boolean out = optedOut.contains(Integer.parseInt(id.value().substring(1)));
      return new ConsentDecision(id, purpose, recipient, asOf, !out, out ? ConsentBasis.OPTED_OUT : ConsentBasis.NO_RECORD,
          Optional.empty());
    };
    List<ProbabilisticAssessment> results = ProbabilityAliveScorer.of(MODEL, gate)
        .score(summary, 39, Instant.parse("1997-10-01T00:00:00Z"));
    for (ProbabilisticAssessment a : results) {
      boolean out = optedOut.contains(Integer.parseInt(a.customerId().value().substring(1)));
      assertEquals(!out, a.isScored());
      assertEquals(out, a instanceof NotScored);
    }
  }
}
