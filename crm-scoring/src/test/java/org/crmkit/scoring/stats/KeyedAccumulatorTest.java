package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KeyedAccumulatorTest {

  @Test
  void snapshot_afterAdds_givesOneResultPerKey() {
    KeyedAccumulator<String, Integer, SumAccumulator, Long> byKey = KeyedAccumulator.of(SumAccumulator::new);
    byKey.add("a", 1);
    byKey.add("b", 2);
    byKey.add("a", 3);
    assertEquals(Map.of("a", 4L, "b", 2L), byKey.snapshot());
    assertEquals(6L, byKey.overall());
    assertEquals(2, byKey.size());
  }

  @Test
  void merge_otherBreakdown_addsKeyByKeyAndLeavesOtherAlone() {
    KeyedAccumulator<String, Integer, SumAccumulator, Long> left = KeyedAccumulator.of(SumAccumulator::new);
    left.add("a", 1);
    KeyedAccumulator<String, Integer, SumAccumulator, Long> right = KeyedAccumulator.of(SumAccumulator::new);
    right.add("a", 10);
    right.add("c", 5);
    left.merge(right);
    assertEquals(Map.of("a", 11L, "c", 5L), left.snapshot());
    assertEquals(Map.of("a", 10L, "c", 5L), right.snapshot());
    left.add("c", 1);
    assertEquals(5L, right.snapshot().get("c"), "merge must not share accumulators");
  }

  @Test
  void merge_self_countsTwice() {
    KeyedAccumulator<String, Integer, SumAccumulator, Long> byKey = KeyedAccumulator.of(SumAccumulator::new);
    byKey.add("a", 2);
    byKey.merge(byKey);
    assertEquals(Map.of("a", 4L), byKey.snapshot());
  }

  @Test
  void add_nullKey_throws() {
    KeyedAccumulator<String, Integer, SumAccumulator, Long> byKey = KeyedAccumulator.of(SumAccumulator::new);
    assertThrows(NullPointerException.class, () -> byKey.add(null, 1));
  }

  @Test
  void groupingBy_parallelStream_equalsSequential() {
    List<Integer> values = Stream.iterate(0, i -> i + 1).limit(10_000).toList();
    Function<Integer, Integer> mod7 = i -> i % 7;
    Map<Integer, Long> sequential = values.stream().collect(Accumulators.groupingBy(mod7, SumAccumulator::new));
    Map<Integer, Long> parallel = values.parallelStream().collect(Accumulators.groupingBy(mod7, SumAccumulator::new));
    assertEquals(sequential, parallel);
    assertEquals(7, sequential.size());
  }

  @Test
  void trend_byMonth_isSortedByPeriod() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    Function<Instant, YearMonth> month = Periods.month(shanghai);
    record Sale(Instant at, int amount) {}
    List<Sale> sales = List.of(
        new Sale(Instant.parse("2026-03-05T00:00:00Z"), 1),
        new Sale(Instant.parse("2026-01-31T17:00:00Z"), 2), // 2026-02-01 01:00 in Shanghai
        new Sale(Instant.parse("2026-01-10T00:00:00Z"), 4));
    SortedMap<YearMonth, Long> trend = sales.stream().map(s -> Map.entry(month.apply(s.at()), s.amount()))
        .collect(Accumulators.trend(Map.Entry::getKey, () -> new EntrySum()));
    assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)), List.copyOf(trend.keySet()));
    assertEquals(List.of(4L, 2L, 1L), List.copyOf(trend.values()));
  }

  /** Sums the values of (period, amount) entries. */
  private static final class EntrySum implements Accumulator<Map.Entry<YearMonth, Integer>, EntrySum, Long> {
    private long sum;

    @Override
    public void add(Map.Entry<YearMonth, Integer> value) {
      sum += value.getValue();
    }

    @Override
    public void merge(EntrySum other) {
      sum += other.sum;
    }

    @Override
    public Long snapshot() {
      return sum;
    }
  }
}
