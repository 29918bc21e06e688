package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.scoring.nps.NpsMethod;
import org.crmkit.scoring.nps.NpsStatistics;
import org.crmkit.scoring.stats.Interval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScoringSectionTest {
  private static final SyntheticCustomerBase BASE = SyntheticCustomerBase.of(400, 11, LocalDate.of(2026, 6, 30));
  private static CrmStores stores;

  @BeforeAll
  static void load() {
    stores = InMemoryStores.create();
    DemoLoader.load(BASE, stores, p -> { }, n -> { });
  }

  @Test
  void render_overallNps_matchesLibraryOnTheStoredResponses() {
    NpsStatistics expected = stores.interactions().scan()
        .filter(i -> i instanceof SurveyResponse && i.occurredAt().isBefore(BASE.asOfInstant()))
        .map(i -> (SurveyResponse) i)
        .filter(NpsStatistics::isNpsResponse)
        .collect(NpsStatistics.toNpsStatistics());
    Interval interval = expected.interval(NpsMethod.ADJUSTED_WALD, 0.95);

    String text = ScoringSection.render(BASE, stores);

    String row = text.lines().filter(l -> l.startsWith("  all customers")).findFirst().orElseThrow();
    assertTrue(row.contains(String.format(Locale.ROOT, "%,d", expected.count())), row);
    assertTrue(row.contains(String.format(Locale.ROOT, "%.1f", expected.score())), row);
    assertTrue(row.contains(String.format(Locale.ROOT, "(%.1f, %.1f)", interval.low(), interval.high())), row);
  }

  @Test
  void render_tierCounts_sumToTheBase() {
    List<String> lines = ScoringSection.render(BASE, stores).lines().toList();
    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("Tiers on")).findFirst().orElseThrow());
    long sum = 0;
    for (String l : lines.subList(start + 1, start + 6)) {
      sum += Long.parseLong(l.strip().split("\\s+")[1].replace(",", ""));
    }
    assertEquals(BASE.size(), sum);
  }

  @Test
  void render_everyPart_isPresent() {
    String text = ScoringSection.render(BASE, stores);
    for (String title : List.of("Net Promoter Score by value segment", "Satisfaction (CSAT, 1-5)", "Tiers on 2026-06-30",
        "RFM segments on", "KPIs 2025-06-30 to 2026-06-29")) {
      assertTrue(text.contains("\n" + title), title);
    }
    assertTrue(text.contains("  champions"), text);
    assertTrue(text.contains("  churn rate"), text);
  }

  @Test
  void churnSection_everyPart_isPresentAndNoNameIsShown() {
    String text = ChurnSection.render(BASE, stores);
    for (String title : List.of("Churn early warning on 2026-06-30", "P(alive), BG/NBD fitted", "Top 10 customers")) {
      assertTrue(text.contains("\n" + title), title);
    }
    String names = BASE.customers().map(c -> c.displayName()).filter(n -> n.length() > 3 && text.contains(n))
        .findFirst().orElse("");
    assertEquals("", names);
  }
}
