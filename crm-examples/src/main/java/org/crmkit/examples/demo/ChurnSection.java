package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.scoring.bgnbd.BgNbdFit;
import org.crmkit.scoring.bgnbd.BgNbdFitter;
import org.crmkit.scoring.bgnbd.TransactionSummarizer;
import org.crmkit.scoring.bgnbd.TransactionSummary;
import org.crmkit.scoring.churn.ChurnAssessment;
import org.crmkit.scoring.churn.ChurnReason;
import org.crmkit.scoring.churn.ChurnScore;
import org.crmkit.scoring.churn.ChurnWarning;
import org.crmkit.scoring.churn.EarlyWarning;
import org.crmkit.scoring.churn.Severity;
import org.crmkit.scoring.spend.CustomerLifetimeValue;
import org.crmkit.scoring.spend.DiscountedHorizon;
import org.crmkit.scoring.spend.GammaGammaFit;
import org.crmkit.scoring.spend.GammaGammaFitter;

/**
 * The churn section of {@code crm demo}: the early-warning engine's warnings by reason (with the
 * suggested action), the health score, the distribution of BG/NBD P(alive), and the customers
 * with the highest expected value (BG/NBD × Gamma-Gamma over 52 weeks, 1 % a month). Customers who
 * opted out of automated decisions are counted but never scored. Deterministic; stateless.
 */
public final class ChurnSection {
  /** The forecast horizon, in weeks. */
  static final int HORIZON_WEEKS = 52;
  /** How many top customers are listed. */
  static final int TOP = 10;

  private ChurnSection() {}

  /**
   * Renders the section.
   *
   * @param base the base that was loaded (for its as-of date)
   * @param stores the stores it was loaded into
   * @return the text, starting with a blank line, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores) {
    requireNonNull(base, "base");
    requireNonNull(stores, "stores");
    List<CustomerProfile> profiles = DemoProfiles.read(stores);
    LocalDate calibrationEnd = base.asOf().minusDays(1);
    Instant asOf = base.asOfInstant();
    TransactionSummarizer summarizer = TransactionSummarizer.create();
    profiles.forEach(p -> summarizer.addAll(p.interactions(), CustomerFactory.CHINA));
    TransactionSummary summary = summarizer.summarize(calibrationEnd, ChronoUnit.WEEKS);
    BgNbdFit fit = BgNbdFitter.fit(summary.toTable());
    EarlyWarning engine = CurrentScores.earlyWarning(CustomerFactory.CHINA)
        .withModel(fit.model(), ChronoUnit.WEEKS, HORIZON_WEEKS);
    List<ChurnAssessment> assessments = engine.assessAll(profiles, asOf);

    StringBuilder out = new StringBuilder();
    warnings(out, assessments, base.asOf());
    aliveDistribution(out, assessments, fit);
    topValue(out, summary, fit, ConsentGate.over(stores.consent()::history), asOf);
    return out.toString();
  }

  private static void warnings(StringBuilder out, List<ChurnAssessment> assessments, LocalDate asOf) {
    Map<ChurnReason, long[]> byReason = new EnumMap<>(ChurnReason.class);
    Map<ChurnReason, String> actions = new EnumMap<>(ChurnReason.class);
    Map<Severity, Long> worst = new EnumMap<>(Severity.class);
    long scored = 0;
    long warned = 0;
    double health = 0;
    for (ChurnAssessment a : assessments) {
      if (!(a instanceof ChurnScore)) {
        continue;
      }
      ChurnScore s = (ChurnScore) a;
      scored++;
      health += s.health().value();
      Set<ChurnReason> reasons = new HashSet<>();
      for (ChurnWarning w : s.warnings()) {
        long[] n = byReason.computeIfAbsent(w.reason(), r -> new long[2]);
        n[0]++;
        if (reasons.add(w.reason())) {
          n[1]++;
        }
        actions.putIfAbsent(w.reason(), ScoringSection.label(w.action().name()));
      }
      if (!s.warnings().isEmpty()) {
        warned++;
      }
      s.highestSeverity().ifPresent(v -> worst.merge(v, 1L, Long::sum));
    }
    long notScored = assessments.size() - scored;
    out.append('\n');
    line(out, "Churn early warning on %s (%,d customers scored, %,d not scored: opted out of automated decisions)",
        asOf, scored, notScored);
    line(out, "  mean health score %.1f of 100; %,d customers with at least one warning (%.1f%% of scored)",
        scored == 0 ? 0.0 : health / scored, warned, percent(warned, scored));
    line(out, "  %-24s %9s %9s  %s", "warnings by reason", "warnings", "customers", "suggested action");
    byReason.forEach((reason, n) -> line(out, "  %-24s %,9d %,9d  %s", ScoringSection.label(reason.name()), n[0], n[1],
        actions.get(reason)));
    StringBuilder sb = new StringBuilder("  customers by highest severity:");
    String sep = " ";
    for (Map.Entry<Severity, Long> e : worst.entrySet()) {
      sb.append(sep).append(ScoringSection.label(e.getKey().name())).append(String.format(Locale.ROOT, " %,d", e.getValue()));
      sep = ", ";
    }
    line(out, "%s", sb);
  }

  private static void aliveDistribution(StringBuilder out, List<ChurnAssessment> assessments, BgNbdFit fit) {
    long[] bins = new long[5];
    long total = 0;
    for (ChurnAssessment a : assessments) {
      if (a instanceof ChurnScore && ((ChurnScore) a).outlook().isPresent()) {
        double p = ((ChurnScore) a).outlook().get().probabilityAlive();
        bins[Math.min(4, (int) (p * 5))]++;
        total++;
      }
    }
    out.append('\n');
    line(out, "P(alive), BG/NBD fitted to %,d customers' purchase days in weeks (r %.3f, alpha %.2f, a %.3f, b %.3f)",
        fit.customers(), fit.parameters().r(), fit.parameters().alpha(), fit.parameters().a(), fit.parameters().b());
    for (int i = 0; i < bins.length; i++) {
      line(out, "  %-24s %,9d %6.1f%%", String.format(Locale.ROOT, "%.1f to %.1f%s", i / 5.0, (i + 1) / 5.0,
          i == 4 ? "" : " (excl.)"), bins[i], percent(bins[i], total));
    }
  }

  private static void topValue(StringBuilder out, TransactionSummary summary, BgNbdFit fit, ConsentGate gate,
      Instant asOf) {
    out.append('\n');
    GammaGammaFit spend;
    try {
      spend = GammaGammaFitter.fit(summary);
    } catch (IllegalArgumentException e) {
      line(out, "Top customers by expected value: no Gamma-Gamma fit (%s)", "too few repeat customers");
      return;
    }
    CustomerLifetimeValue clv = CustomerLifetimeValue.of(fit.model(), spend.model(),
        DiscountedHorizon.of(12, HORIZON_WEEKS / 12.0, 0.01));
    List<Map.Entry<CustomerId, double[]>> rows = new ArrayList<>();
    for (int i = 0; i < summary.size(); i++) {
      CustomerId id = summary.customerId(i);
      int x = summary.frequency(i);
      if (x == 0 || !gate.isAllowed(id, Purpose.AUTOMATED_DECISION, asOf)) {
        continue;
      }
      double value = clv.value(x, summary.recency(i), summary.age(i), summary.monetaryValue(i));
      double alive = fit.model().probabilityAlive(x, summary.recency(i), summary.age(i));
      double expected = fit.model().expectedPurchases(x, summary.recency(i), summary.age(i), HORIZON_WEEKS);
      rows.add(Map.entry(id, new double[] {value, alive, expected}));
    }
    rows.sort(Comparator.<Map.Entry<CustomerId, double[]>>comparingDouble(e -> -e.getValue()[0])
        .thenComparing(Map.Entry::getKey));
    line(out, "Top %d customers by expected value, next %d weeks (BG/NBD x Gamma-Gamma, 1%% a month; consenting only)",
        TOP, HORIZON_WEEKS);
    line(out, "  %-24s %14s %9s %9s", "customer", "value CNY", "P(alive)", "purchases");
    rows.stream().limit(TOP).forEach(e -> line(out, "  %-24s %,14.2f %9.3f %9.2f", e.getKey().value(),
        e.getValue()[0], e.getValue()[1], e.getValue()[2]));
  }

  private static double percent(long n, long total) {
    return total == 0 ? 0.0 : 100.0 * n / total;
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
