package org.crmkit.scoring.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WinBackAccumulatorProperties {

  @Provide
  Arbitrary<List<WinBackOutcome>> outcomes() {
    Arbitrary<String> amount = Arbitraries.integers().between(0, 100_000).map(c -> String.valueOf(c / 100.0));
    return Combinators.combine(Arbitraries.of(ChurnKind.class), amount, Arbitraries.of(true, false), amount, amount)
        .as((kind, cost, recovered, revenue, avoided) -> WinBackAccumulatorTest.outcome("c1", kind, cost, recovered,
            revenue, avoided, "0", "0", "CNY"))
        .list().ofMaxSize(40);
  }

  private static WinBackAccumulator of(List<WinBackOutcome> outcomes) {
    WinBackAccumulator acc = new WinBackAccumulator();
    outcomes.forEach(acc::add);
    return acc;
  }

  @Property
  void splitThenMergeEqualsOnePass(@ForAll("outcomes") List<WinBackOutcome> outcomes, @ForAll @IntRange(max = 40) int cut) {
    int at = Math.min(cut, outcomes.size());
    WinBackAccumulator merged = of(outcomes.subList(0, at)).merge(of(outcomes.subList(at, outcomes.size())));
    assertEquals(of(outcomes).snapshot(), merged.snapshot());
    assertEquals(of(outcomes).snapshotByKind(), merged.snapshotByKind());
  }

  @Property
  void mergeIsCommutative(@ForAll("outcomes") List<WinBackOutcome> a, @ForAll("outcomes") List<WinBackOutcome> b) {
    assertEquals(of(a).merge(of(b)).snapshot(), of(b).merge(of(a)).snapshot());
  }

  @Property
  void mergingAnEmptyAccumulatorChangesNothing(@ForAll("outcomes") List<WinBackOutcome> a) {
    assertEquals(of(a).snapshotByKind(), of(a).merge(new WinBackAccumulator()).snapshotByKind());
  }
}
