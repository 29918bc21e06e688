package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentBasis;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.dedup.DuplicateCandidate;
import org.crmkit.core.dedup.DuplicateDetector;
import org.crmkit.core.dedup.DuplicateReport;
import org.crmkit.core.dedup.MatchReason;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.spi.CrmStores;

/**
 * The readable summary {@code crm demo} prints, computed from the stores through the SPI: counts
 * by customer type, industry, province, life-cycle stage and value segment, interactions by kind,
 * consent per purpose as of the as-of date, and the duplicates {@link DuplicateDetector} finds
 * against those planted. Deterministic: the same stores give the same text. Stateless.
 */
public final class DemoSummary {
  /** Provinces listed by name; the rest are summed in one line. */
  static final int PROVINCES_SHOWN = 10;

  private DemoSummary() {}

  /**
   * Renders the summary.
   *
   * @param base the base that was loaded (for its seed, as-of date and planted duplicates)
   * @param stores the stores it was loaded into
   * @param counts what the loader wrote
   * @return the text, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores, LoadCounts counts) {
    requireNonNull(base, "base");
    requireNonNull(stores, "stores");
    requireNonNull(counts, "counts");
    Text out = new Text();
    out.line("crm demo: synthetic customer base of %,d customers (seed %d, as of %s)", base.size(), base.seed(), base.asOf());
    out.line("Loaded through the storage SPI: %,d customers, %,d interactions, %,d consent events, %,d audit entries",
        counts.customers(), counts.interactions(), counts.consentEvents(), counts.auditEntries());
    List<Customer> customers;
    try (Stream<Customer> scan = stores.customers().scan()) {
      customers = scan.toList();
    }
    customerTables(out, customers);
    interactions(out, stores, base);
    consent(out, stores, customers, base.asOfInstant(), base.asOf());
    duplicates(out, base, customers);
    return out.toString();
  }

  private static void customerTables(Text out, List<Customer> customers) {
    Map<CustomerType, Long> types = new EnumMap<>(CustomerType.class);
    Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
    Map<ValueSegment, Long> segments = new EnumMap<>(ValueSegment.class);
    Map<String, Long> industries = new TreeMap<>();
    Map<String, Long> provinces = new TreeMap<>();
    long abroad = 0;
    Set<String> countries = new HashSet<>();
    for (Customer c : customers) {
      types.merge(c.type(), 1L, Long::sum);
      stages.merge(c.stage(), 1L, Long::sum);
      segments.merge(c.segment(), 1L, Long::sum);
      industries.merge(c.industry().map(i -> i.code()).orElse("(unclassified)"), 1L, Long::sum);
      if (c.region().isPresent() && !c.region().get().isDomestic()) {
        abroad++;
        countries.add(c.region().get().countryCode());
      } else {
        provinces.merge(c.region().flatMap(r -> r.province()).orElse("(unknown)"), 1L, Long::sum);
      }
    }
    long total = customers.size();
    out.table("Customers by type", labels(types), total);
    out.table("Customers by industry", byCount(industries), total);
    List<Map.Entry<String, Long>> sorted = byCount(provinces);
    List<Map.Entry<String, Long>> shown = new ArrayList<>(sorted.subList(0, Math.min(PROVINCES_SHOWN, sorted.size())));
    long rest = sorted.stream().skip(PROVINCES_SHOWN).mapToLong(Map.Entry::getValue).sum();
    if (sorted.size() > PROVINCES_SHOWN) {
      shown.add(Map.entry((sorted.size() - PROVINCES_SHOWN) + " other provinces", rest));
    }
    if (abroad > 0) {
      shown.add(Map.entry("abroad (" + countries.size() + " countries)", abroad));
    }
    out.table("Customers by region (province)", shown, total);
    out.table("Customers by life-cycle stage", labels(stages), total);
    out.table("Customers by value segment", labels(segments), total);
  }

  private static void interactions(Text out, CrmStores stores, SyntheticCustomerBase base) {
    Map<InteractionKind, Long> kinds = new EnumMap<>(InteractionKind.class);
    Map<ComplaintStatus, Long> statuses = new EnumMap<>(ComplaintStatus.class);
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal refunded = BigDecimal.ZERO;
    long total = 0;
    try (Stream<Interaction> scan = stores.interactions().scan()) {
      for (Interaction i : (Iterable<Interaction>) scan::iterator) {
        total++;
        kinds.merge(i.kind(), 1L, Long::sum);
        if (i instanceof Complaint) {
          statuses.merge(((Complaint) i).status(), 1L, Long::sum);
        } else if (i instanceof Purchase && ((Purchase) i).payment() == PaymentStatus.PAID) {
          paid = paid.add(((Purchase) i).amount().amount());
        } else if (i instanceof Refund) {
          refunded = refunded.add(((Refund) i).amount().amount());
        }
      }
    }
    LocalDate from = base.asOf().minusYears(2);
    out.table("Interactions by kind (" + from + " to " + base.asOf().minusDays(1) + ")", labels(kinds), total);
    StringBuilder sb = new StringBuilder("  complaints by status:");
    String sep = " ";
    for (Map.Entry<ComplaintStatus, Long> e : statuses.entrySet()) {
      sb.append(sep).append(label(e.getKey().name())).append(String.format(Locale.ROOT, " %,d", e.getValue()));
      sep = ", ";
    }
    out.line("%s", sb);
    out.line("  paid purchases CNY %,.2f, refunded CNY %,.2f", paid, refunded);
  }

  private static void consent(Text out, CrmStores stores, List<Customer> customers, Instant asOf, LocalDate asOfDate) {
    ConsentBasis[] bases = ConsentBasis.values();
    out.blank();
    out.line("Consent on %s by purpose (customers)", asOfDate);
    out.line("  %-32s %9s %9s %9s %9s %9s %9s", "", "allowed", "granted", "opted out", "withdrawn", "expired", "not asked");
    long[][] counts = new long[Purpose.PREDEFINED.size()][bases.length + 1];
    for (Customer c : customers) {
      ConsentLedger ledger = ConsentLedger.of(c.id(), stores.consent().history(c.id()));
      for (int p = 0; p < Purpose.PREDEFINED.size(); p++) {
        ConsentDecision d = ledger.decide(Purpose.PREDEFINED.get(p), asOf);
        counts[p][d.basis().ordinal()]++;
        counts[p][bases.length] += d.allowed() ? 1 : 0;
      }
    }
    for (int p = 0; p < Purpose.PREDEFINED.size(); p++) {
      Purpose purpose = Purpose.PREDEFINED.get(p);
      long[] n = counts[p];
      out.line("  %-32s %,9d %,9d %,9d %,9d %,9d %,9d",
          purpose.code() + (purpose.requiresOptIn() ? " (opt-in)" : " (opt-out)"), n[bases.length],
          n[ConsentBasis.GRANTED.ordinal()], n[ConsentBasis.OPTED_OUT.ordinal()],
          n[ConsentBasis.WITHDRAWN.ordinal()], n[ConsentBasis.EXPIRED.ordinal()], n[ConsentBasis.NO_RECORD.ordinal()]);
    }
  }

  private static void duplicates(Text out, SyntheticCustomerBase base, List<Customer> customers) {
    DuplicateReport report = DuplicateDetector.defaults().scan(customers);
    Map<MatchReason, Long> reasons = new EnumMap<>(MatchReason.class);
    Set<String> found = new HashSet<>();
    for (DuplicateCandidate c : report.candidates()) {
      c.reasons().forEach(r -> reasons.merge(r, 1L, Long::sum));
      found.add(c.first().value() + "|" + c.second().value());
    }
    long planted = 0;
    long plantedFound = 0;
    for (int i = 0; i < base.size(); i++) {
      OptionalInt original = base.duplicateOf(i);
      if (original.isPresent()) {
        planted++;
        CustomerId a = SyntheticCustomerBase.customerId(original.getAsInt());
        CustomerId b = SyntheticCustomerBase.customerId(i);
        plantedFound += found.contains(a.value() + "|" + b.value()) ? 1 : 0;
      }
    }
    out.blank();
    out.line("Duplicates found (DuplicateDetector, block limit %d)", DuplicateDetector.DEFAULT_MAX_BLOCK);
    StringBuilder why = new StringBuilder();
    reasons.forEach((r, n) -> why.append(why.length() == 0 ? "" : ", ").append(r.explanation())
        .append(String.format(Locale.ROOT, " %,d", n)));
    out.line("  %-32s %,9d  (%s)", "candidate pairs", report.candidates().size(), why);
    out.line("  %-32s %,9d  (%,d redundant records; %,d crowded keys skipped)", "clusters",
        report.clusters().size(), report.redundantRecords(), report.skippedKeys());
    out.line("  %-32s %,9d  (%,d of them found, %.1f%%)", "planted duplicates", planted, plantedFound,
        planted == 0 ? 100.0 : 100.0 * plantedFound / planted);
  }

  private static <E extends Enum<E>> List<Map.Entry<String, Long>> labels(Map<E, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(Map.entry(label(k.name()), v)));
    return rows;
  }

  private static List<Map.Entry<String, Long>> byCount(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return rows;
  }

  private static String label(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The text being built. */
  private static final class Text {
    private final StringBuilder sb = new StringBuilder();

    void line(String format, Object... args) {
      sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    void blank() {
      sb.append('\n');
    }

    void table(String title, List<Map.Entry<String, Long>> rows, long total) {
      blank();
      line("%s", title);
      for (Map.Entry<String, Long> row : rows) {
        line("  %-32s %,9d %6.1f%%", row.getKey(), row.getValue(), total == 0 ? 0.0 : 100.0 * row.getValue() / total);
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
