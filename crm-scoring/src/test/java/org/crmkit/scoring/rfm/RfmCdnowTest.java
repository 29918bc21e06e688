package org.crmkit.scoring.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.scoring.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden values of issue 3 on the CDNOW sample (Fader, Hardie &amp; Lee 2005; see
 * src/test/resources/cdnow/README.md): calibration period to 1997-09-30, F = purchase days,
 * M = dollars.
 */
class RfmCdnowTest {
  private static final LocalDate AS_OF = LocalDate.of(1997, 9, 30);
  private static List<RfmMetrics> population;

  @BeforeAll
  static void load() throws IOException {
    Map<CustomerId, List<Purchase>> byCustomer = new LinkedHashMap<>();
    DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
    try (InputStream in = RfmCdnowTest.class.getResourceAsStream("/cdnow/CDNOW_sample.txt")) {
      assertNotNull(in, "cdnow/CDNOW_sample.txt on the test class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String[] f = line.trim().split("\\s+");
        CustomerId id = CustomerId.of("cdnow-" + f[1]);
        LocalDate day = LocalDate.parse(f[2], yyyymmdd);
        byCustomer.computeIfAbsent(id, k -> new ArrayList<>())
            .add(Fixtures.purchase(id, "line-" + number, f[4], "USD", day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
      }
    }
    population = new ArrayList<>();
    byCustomer.forEach((id, purchases) -> RfmAggregator.aggregate(id, purchases, AS_OF, ZoneOffset.UTC,
        Currency.getInstance("USD")).ifPresent(population::add));
  }

  private static Map<Integer, Long> bins(List<RfmScore> scores, ToIntFunction<RfmScore> measure) {
    Map<Integer, Long> bins = new TreeMap<>();
    for (int b = 1; b <= 5; b++) {
      bins.put(b, 0L);
    }
    scores.forEach(s -> bins.merge(measure.applyAsInt(s), 1L, Long::sum));
    return bins;
  }

  @Test
  void aggregate_calibrationPeriod_gives2357CustomersAnd2457RepeatDays() {
    assertEquals(2357, population.size());
    assertEquals(2457, population.stream().mapToLong(m -> m.frequency() - 1).sum());
    assertEquals(1411, population.stream().filter(m -> m.frequency() == 1).count());
  }

  @Test
  void score_rankBased_gives472_471_471_471_472ForEachMeasure() {
    List<RfmScore> scores = RfmScorer.score(population, TiePolicy.RANK);
    Map<Integer, Long> expected = Map.of(1, 472L, 2, 471L, 3, 471L, 4, 471L, 5, 472L);
    assertEquals(expected, bins(scores, RfmScore::recency));
    assertEquals(expected, bins(scores, RfmScore::frequency));
    assertEquals(expected, bins(scores, RfmScore::monetary));
  }

  @Test
  void score_valueThresholds_givesFrequencyBins1411_0_439_214_293() {
    List<RfmScore> scores = RfmScorer.score(population, TiePolicy.VALUE_THRESHOLDS);
    assertEquals(Map.of(1, 1411L, 2, 0L, 3, 439L, 4, 214L, 5, 293L), bins(scores, RfmScore::frequency));
  }

  @Test
  void countBySegment_everyCustomerHasOneSegment() {
    Map<RfmSegment, Long> counts = RfmScorer.countBySegment(RfmScorer.score(population));
    assertEquals(2357, counts.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(RfmSegment.values().length, counts.size());
  }
}
