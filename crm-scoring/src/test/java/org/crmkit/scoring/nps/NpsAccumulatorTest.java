package org.crmkit.scoring.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NpsAccumulatorTest {

  @Test
  void addAll_bytes_countsEveryScore() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 9});
    assertEquals(NpsStatistics.of(7, 2, 4), accumulator.snapshot());
  }

  @Test
  void addAll_range_countsOnlyTheRange() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.addAll(new byte[] {0, 10, 10, 7, 0}, 1, 4);
    assertEquals(NpsStatistics.of(0, 1, 2), accumulator.snapshot());
  }

  @Test
  void addAll_scoreOutOfRange_throwsAndAddsNothing() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.add(9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {10, 10, 11, 9, 10}));
    assertEquals("scores must be in [0, 10] but contained 11", e.getMessage());
    assertEquals(NpsStatistics.of(0, 0, 1), accumulator.snapshot());
  }

  @Test
  void addAll_negativeByte_throwsWithSignedValue() {
    NpsAccumulator accumulator = new NpsAccumulator();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> accumulator.addAll(new byte[] {-1}));
    assertEquals("scores must be in [0, 10] but contained -1", e.getMessage());
  }

  @Test
  void addAll_badRange_throws() {
    assertThrows(IndexOutOfBoundsException.class, () -> new NpsAccumulator().addAll(new byte[3], 2, 4));
  }

  @Test
  void add_scoreEleven_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NpsAccumulator().add(11));
    assertEquals("score must be in [0, 10] but was 11", e.getMessage());
  }

  @Test
  void add_csatResponse_throwsAndNamesQuestion() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NpsAccumulator().add(Fixtures.csat(5)));
    assertEquals("response question scale must be NPS but question csat was CSAT", e.getMessage());
  }

  @Test
  void merge_snapshot_addsItsCounts() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.add(Fixtures.nps(10));
    accumulator.merge(NpsStatistics.of(30, 20, 50));
    assertEquals(NpsStatistics.of(30, 20, 51), accumulator.snapshot());
    assertEquals(101, accumulator.count());
  }

  @Test
  void merge_overflowingCounts_throws() {
    NpsAccumulator accumulator = new NpsAccumulator();
    accumulator.merge(NpsStatistics.of(0, 0, Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> accumulator.merge(NpsStatistics.of(1, 0, 0)));
    assertEquals(NpsStatistics.of(0, 0, Long.MAX_VALUE), accumulator.snapshot());
  }

  @Test
  void category_boundaries_areDocumented() {
    assertEquals(NpsCategory.DETRACTOR, NpsCategory.of(6));
    assertEquals(NpsCategory.PASSIVE, NpsCategory.of(7));
    assertEquals(NpsCategory.PASSIVE, NpsCategory.of(8));
    assertEquals(NpsCategory.PROMOTER, NpsCategory.of(9));
    assertThrows(IllegalArgumentException.class, () -> NpsCategory.of(-1));
  }
}
