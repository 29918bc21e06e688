package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.CustomerId;

class TransactionSummarizerProperties {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 12, 31);

  record Tx(CustomerId id, LocalDate date, double amount) {}

  @Provide
  Arbitrary<List<Tx>> logs() {
    Arbitrary<Tx> tx = Combinators.combine(
            Arbitraries.integers().between(1, 12).map(i -> CustomerId.of("c" + i)),
            Arbitraries.integers().between(0, 420).map(START::plusDays),
            Arbitraries.integers().between(0, 50_000).map(c -> c / 100.0))
        .as(Tx::new);
    return tx.list().ofMaxSize(80);
  }

  private static TransactionSummarizer of(List<Tx> log) {
    TransactionSummarizer s = TransactionSummarizer.create();
    for (Tx t : log) {
      s.add(t.id(), t.date(), t.amount());
    }
    return s;
  }

  @Property
  void splitThenMergeEqualsOnePass(@ForAll("logs") List<Tx> log, @ForAll @IntRange(min = 0, max = 80) int cut) {
    int at = Math.min(cut, log.size());
    TransactionSummarizer merged = of(log.subList(0, at)).merge(of(log.subList(at, log.size())));
    assertEquals(of(log).summarize(END, ChronoUnit.WEEKS), merged.summarize(END, ChronoUnit.WEEKS));
    assertEquals(log.size(), merged.transactions());
  }

  @Property
  void summaryDoesNotDependOnOrder(@ForAll("logs") List<Tx> log, @ForAll long seed) {
    List<Tx> shuffled = new ArrayList<>(log);
    Collections.shuffle(shuffled, new Random(seed));
    // Sums of amounts may differ in the last bit with order, so compare the counts and times.
    TransactionSummary one = of(log).summarize(END, ChronoUnit.DAYS);
    TransactionSummary two = of(shuffled).summarize(END, ChronoUnit.DAYS);
    assertEquals(one.customerIds(), two.customerIds());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.frequency(i), two.frequency(i));
      assertEquals(one.recency(i), two.recency(i));
      assertEquals(one.age(i), two.age(i));
      assertEquals(one.monetaryValue(i), two.monetaryValue(i), 1e-9);
    }
  }
}
