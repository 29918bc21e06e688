package org.crmkit.scoring.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RfmScorerTest {
  private static final Currency CNY = Currency.getInstance("CNY");

  private static RfmMetrics m(String id, long recency, long frequency, String monetary) {
    return RfmMetrics.of(CustomerId.of(id), recency, frequency, new BigDecimal(monetary));
  }

  @Test
  void score_fiveDistinctCustomers_getOneToFiveAndCellCodes() {
    List<RfmScore> scores = RfmScorer.score(List.of(m("a", 100, 1, "10"), m("b", 50, 2, "20"), m("c", 30, 3, "30"),
        m("d", 10, 4, "40"), m("e", 1, 5, "50")));
    assertEquals(List.of(111, 222, 333, 444, 555), scores.stream().map(RfmScore::cell).toList());
    assertEquals(RfmSegment.CHAMPIONS, scores.get(4).segment());
    assertEquals(RfmSegment.HIBERNATING, scores.get(0).segment());
  }

  @Test
  void score_valueThresholds_equalValuesScoreTheSame() {
    List<RfmMetrics> tied = List.of(m("a", 5, 1, "10"), m("b", 5, 1, "10"), m("c", 5, 1, "10"), m("d", 5, 1, "10"),
        m("e", 5, 2, "99"));
    List<RfmScore> scores = RfmScorer.score(tied, TiePolicy.VALUE_THRESHOLDS);
    for (int i = 1; i < 4; i++) {
      assertEquals(scores.get(0).cell(), scores.get(i).cell());
    }
    assertEquals(1, scores.get(0).frequency());
    assertEquals(5, scores.get(4).frequency());
    assertEquals(5, scores.get(4).monetary());
  }

  @Test
  void score_rank_breaksTiesByCustomerIdWhateverTheOrder() {
    List<RfmMetrics> forward = List.of(m("a", 5, 1, "10"), m("b", 5, 1, "10"), m("c", 5, 1, "10"));
    List<RfmMetrics> backward = List.of(forward.get(2), forward.get(1), forward.get(0));
    List<RfmScore> f = RfmScorer.score(forward, TiePolicy.RANK);
    List<RfmScore> b = RfmScorer.score(backward, TiePolicy.RANK);
    assertEquals(f.get(0), b.get(2));
    assertEquals(List.of(1, 3, 5), f.stream().map(RfmScore::frequency).toList());
  }

  @Test
  void score_repeatedCustomer_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RfmScorer.score(List.of(m("a", 1, 1, "1"), m("a", 2, 2, "2"))));
    assertEquals("population must hold each customer once but a repeats", e.getMessage());
  }

  @Test
  void segment_everyCellHasOne() {
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        assertTrue(RfmSegment.of(r, f) != null);
      }
    }
    assertEquals(RfmSegment.CANNOT_LOSE, RfmSegment.of(1, 5));
    assertEquals(RfmSegment.NEW_CUSTOMERS, RfmSegment.of(5, 1));
    assertEquals(RfmSegment.LOYAL, RfmSegment.of(3, 4));
    assertEquals(RfmSegment.NEEDS_ATTENTION, RfmSegment.of(3, 3));
    assertEquals(RfmSegment.POTENTIAL_LOYALISTS, RfmSegment.of(4, 2));
  }

  @Test
  void aggregate_sameDayOrders_countAsOneDayAndRefundsReduceMonetary() {
    CustomerId id = CustomerId.of("c-9");
    Instant morning = Instant.parse("2026-03-01T02:00:00Z");
    List<Interaction> history = List.of(Fixtures.purchase(id, "o-1", "100", "CNY", morning),
        Fixtures.purchase(id, "o-2", "50", "CNY", morning.plusSeconds(3600)),
        Fixtures.purchase(id, "o-3", "20", "CNY", Instant.parse("2026-03-05T02:00:00Z")),
        Fixtures.refund(id, "o-1", "30", "CNY", Instant.parse("2026-03-06T02:00:00Z")),
        Fixtures.purchase(id, "o-4", "999", "CNY", Instant.parse("2026-04-01T02:00:00Z")));
    Optional<RfmMetrics> metrics = RfmAggregator.aggregate(id, history, LocalDate.of(2026, 3, 10), ZoneOffset.UTC, CNY);
    assertEquals(Optional.of(RfmMetrics.of(id, 5, 2, new BigDecimal("140"))), metrics);
  }

  @Test
  void aggregate_noPurchase_isEmpty() {
    assertEquals(Optional.empty(), RfmAggregator.aggregate(CustomerId.of("c-1"), List.of(), LocalDate.of(2026, 1, 1),
        ZoneOffset.UTC, CNY));
  }
}
