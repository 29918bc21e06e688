package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.junit.jupiter.api.Test;

class TransactionSummarizerTest {
  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  static TransactionSummarizer cdnowSample() {
    TransactionSummarizer summarizer = TransactionSummarizer.create();
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    for (String line : Cdnow.lines("CDNOW_sample.txt")) {
      String[] f = line.split("\\s+");
      summarizer.add(CustomerId.of(String.valueOf(Integer.parseInt(f[1]))), LocalDate.parse(f[2], basic),
          Double.parseDouble(f[4]));
    }
    return summarizer;
  }

  @Test
  void summarize_cdnowSampleInWeeks_reproducesPublishedSummary() {
    TransactionSummary summary = cdnowSample().summarize(CALIBRATION_END, ChronoUnit.WEEKS);
    Map<CustomerId, Integer> row = new HashMap<>();
    for (int i = 0; i < summary.size(); i++) {
      row.put(summary.customerId(i), i);
    }
    List<String[]> published = Cdnow.summaryRows();
    assertEquals(2357, published.size());
    assertEquals(published.size(), summary.size());
    for (String[] f : published) {
      int i = row.get(CustomerId.of(f[0]));
      assertEquals(Integer.parseInt(f[1]), summary.frequency(i), "x of customer " + f[0]);
      assertEquals(Double.parseDouble(f[2]), summary.recency(i), 0.01, "t_x of customer " + f[0]);
      assertEquals(Double.parseDouble(f[3]), summary.age(i), 0.01, "T of customer " + f[0]);
    }
  }

  @Test
  void summarize_cdnowSample_monetaryValueIsMeanOfRepeatDays() {
    TransactionSummary summary = cdnowSample().summarize(CALIBRATION_END, ChronoUnit.WEEKS);
    Map<CustomerId, Integer> row = new HashMap<>();
    for (int i = 0; i < summary.size(); i++) {
      row.put(summary.customerId(i), i);
    }
    List<String> lines = Cdnow.lines("cdnow_customers_summary_with_transactions.csv");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      int i = row.get(CustomerId.of(f[0]));
      assertEquals(Integer.parseInt(f[1]), summary.frequency(i));
      assertEquals(Double.parseDouble(f[4]), summary.monetaryValue(i), 0.005 + 1e-9, "zbar of customer " + f[0]);
    }
  }

  @Test
  void summarize_sameDayTransactions_countOnceWithSummedValue() {
    CustomerId id = CustomerId.of("c1");
    TransactionSummary s = TransactionSummarizer.create()
        .add(id, LocalDate.of(2026, 1, 1), 10)
        .add(id, LocalDate.of(2026, 1, 8), 5)
        .add(id, LocalDate.of(2026, 1, 8), 7)
        .add(id, LocalDate.of(2026, 1, 1), 1)
        .summarize(LocalDate.of(2026, 1, 15), ChronoUnit.DAYS);
    assertEquals(1, s.frequency(0));
    assertEquals(7.0, s.recency(0));
    assertEquals(14.0, s.age(0));
    assertEquals(12.0, s.monetaryValue(0));
  }

  @Test
  void summarize_transactionsAfterCalibrationEnd_areIgnored() {
    CustomerId early = CustomerId.of("early");
    CustomerId late = CustomerId.of("late");
    TransactionSummary s = TransactionSummarizer.create()
        .add(early, LocalDate.of(2026, 1, 1), 10)
        .add(early, LocalDate.of(2026, 3, 1), 10)
        .add(late, LocalDate.of(2026, 3, 1), 10)
        .summarize(LocalDate.of(2026, 1, 31), ChronoUnit.WEEKS);
    assertEquals(List.of(early), s.customerIds());
    assertEquals(0, s.frequency(0));
    assertEquals(0.0, s.recency(0));
    assertEquals(30.0 / 7, s.age(0), 1e-12);
    assertEquals(0.0, s.monetaryValue(0));
  }

  @Test
  void summarize_monthUnit_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> TransactionSummarizer.create().summarize(CALIBRATION_END, ChronoUnit.MONTHS));
  }

  @Test
  void add_purchasesInTwoCurrencies_throws() {
    CustomerId id = CustomerId.of("c1");
    TransactionSummarizer s = TransactionSummarizer.create().add(purchase(id, "o1", "10", "CNY"), ZoneOffset.UTC);
    assertThrows(IllegalArgumentException.class, () -> s.add(purchase(id, "o2", "10", "USD"), ZoneOffset.UTC));
  }

  @Test
  void addAll_purchasesDatedInZone_countByLocalDay() {
    CustomerId id = CustomerId.of("c1");
    // 2026-01-01T20:00Z is 2026-01-02 04:00 in Shanghai; the second purchase is the same local day.
    Purchase p1 = new Purchase(InteractionId.of("i1"), id, Instant.parse("2026-01-01T20:00:00Z"),
        Channel.WEB, "o1", Money.of(new BigDecimal("10"), "CNY"), List.of(), PaymentStatus.PAID, DeliveryStatus.DELIVERED);
    Purchase p2 = new Purchase(InteractionId.of("i2"), id, Instant.parse("2026-01-02T03:00:00Z"),
        Channel.WEB, "o2", Money.of(new BigDecimal("5"), "CNY"), List.of(), PaymentStatus.PAID, DeliveryStatus.DELIVERED);
    TransactionSummary s = TransactionSummarizer.create().addAll(List.of(p1, p2), java.time.ZoneId.of("Asia/Shanghai"))
        .summarize(LocalDate.of(2026, 1, 10), ChronoUnit.DAYS);
    assertEquals(0, s.frequency(0));
    assertEquals(8.0, s.age(0));
  }

  private static Purchase purchase(CustomerId id, String order, String amount, String currency) {
    return new Purchase(InteractionId.of("i-" + order), id, Instant.parse("2026-01-01T10:00:00Z"),
        Channel.WEB, order, Money.of(amount, currency), List.of(), PaymentStatus.PAID, DeliveryStatus.DELIVERED);
  }
}
