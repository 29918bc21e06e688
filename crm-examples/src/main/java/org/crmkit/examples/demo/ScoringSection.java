package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.scoring.csat.CsatAccumulator;
import org.crmkit.scoring.csat.CsatStatistics;
import org.crmkit.scoring.kpi.Kpi;
import org.crmkit.scoring.kpi.KpiCalculator;
import org.crmkit.scoring.kpi.KpiReport;
import org.crmkit.scoring.kpi.KpiValue;
import org.crmkit.scoring.nps.NpsAccumulator;
import org.crmkit.scoring.nps.NpsMethod;
import org.crmkit.scoring.nps.NpsStatistics;
import org.crmkit.scoring.rfm.RfmAggregator;
import org.crmkit.scoring.rfm.RfmMetrics;
import org.crmkit.scoring.rfm.RfmScorer;
import org.crmkit.scoring.rfm.RfmSegment;
import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.tier.TierEngine;
import org.crmkit.scoring.tier.TierDecision;
import org.crmkit.scoring.tier.TierPolicy;

/**
 * The scoring section of {@code crm demo}: NPS (adjusted Wald) and CSAT (Wilson) overall and by
 * value segment with 95 % intervals, the tier distribution under the default policy, RFM
 * segments and the KPIs of the last year, all as of the base's as-of date. Groups smaller than
 * the minimum sample show their count but no score. Deterministic; stateless.
 */
public final class ScoringSection {
  /** The confidence level of every interval shown. */
  static final double CONFIDENCE = 0.95;

  private ScoringSection() {}

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
    StringBuilder out = new StringBuilder();
    satisfaction(out, profiles, base.asOfInstant());
    tiers(out, profiles, base.asOf());
    rfm(out, profiles, base.asOf());
    kpis(out, profiles, base.asOf(), base.asOfInstant());
    return out.toString();
  }

  private static void satisfaction(StringBuilder out, List<CustomerProfile> profiles, Instant asOf) {
    NpsAccumulator npsAll = new NpsAccumulator();
    CsatAccumulator csatAll = new CsatAccumulator();
    Map<ValueSegment, NpsAccumulator> nps = new EnumMap<>(ValueSegment.class);
    Map<ValueSegment, CsatAccumulator> csat = new EnumMap<>(ValueSegment.class);
    for (CustomerProfile p : profiles) {
      ValueSegment segment = p.customer().segment();
      for (Interaction i : p.interactions()) {
        if (!(i instanceof SurveyResponse) || !i.occurredAt().isBefore(asOf)) {
          continue;
        }
        SurveyResponse r = (SurveyResponse) i;
        if (NpsStatistics.isNpsResponse(r)) {
          npsAll.add(r);
          nps.computeIfAbsent(segment, s -> new NpsAccumulator()).add(r);
        } else if (CsatStatistics.isCsatResponse(r)) {
          csatAll.add(r);
          csat.computeIfAbsent(segment, s -> new CsatAccumulator()).add(r);
        }
      }
    }
    line(out, "");
    line(out, "Net Promoter Score by value segment (adjusted Wald 95%%; no score below %d answers)",
        NpsStatistics.DEFAULT_MINIMUM_SAMPLE);
    line(out, "  %-24s %9s %9s %9s %9s %7s %17s", "", "answers", "detract.", "passive", "promoter", "NPS", "95% interval");
    npsRow(out, "all customers", npsAll.snapshot());
    nps.forEach((segment, acc) -> npsRow(out, label(segment.name()), acc.snapshot()));
    line(out, "");
    line(out, "Satisfaction (CSAT, 1-5) by value segment (top-2-box share, Wilson 95%%)");
    line(out, "  %-24s %9s %7s %17s %6s", "", "answers", "top-2", "95% interval", "mean");
    csatRow(out, "all customers", csatAll.snapshot());
    csat.forEach((segment, acc) -> csatRow(out, label(segment.name()), acc.snapshot()));
  }

  private static void npsRow(StringBuilder out, String label, NpsStatistics s) {
    if (!s.meetsMinimumSample()) {
      line(out, "  %-24s %,9d %9s", label, s.count(), "(too few answers for a score)");
      return;
    }
    Interval i = s.interval(NpsMethod.ADJUSTED_WALD, CONFIDENCE);
    line(out, "  %-24s %,9d %,9d %,9d %,9d %7.1f %17s", label, s.count(), s.detractors(), s.passives(), s.promoters(),
        s.score(), interval(i.low(), i.high(), "%.1f"));
  }

  private static void csatRow(StringBuilder out, String label, CsatStatistics s) {
    if (!s.meetsMinimumSample()) {
      line(out, "  %-24s %,9d %9s", label, s.count(), "(too few answers for a score)");
      return;
    }
    Interval i = s.topTwoBoxInterval(CONFIDENCE);
    line(out, "  %-24s %,9d %6.1f%% %17s %6.2f", label, s.count(), s.topTwoBoxPercent(),
        interval(i.low(), i.high(), "%.1f%%"), s.mean());
  }

  private static void tiers(StringBuilder out, List<CustomerProfile> profiles, LocalDate asOf) {
    TierPolicy policy = CurrentScores.tierPolicy();
    TierEngine engine = TierEngine.of(policy);
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    policy.tierIds().forEach(id -> counts.put(id, 0L));
    long notEnrolled = 0;
    for (CustomerProfile p : profiles) {
      Optional<TierDecision> decision = CurrentScores.tier(engine, policy, p, asOf);
      if (decision.isEmpty()) {
        notEnrolled++;
        continue;
      }
      counts.merge(decision.get().tierId(), 1L, Long::sum);
    }
    line(out, "");
    line(out, "Tiers on %s (default policy '%s': calendar-year spend or purchases, one step down at year end)",
        asOf, policy.id());
    counts.forEach((id, n) -> line(out, "  %-24s %,9d %6.1f%%", id, n, percent(n, profiles.size())));
    if (notEnrolled > 0) {
      line(out, "  %-24s %,9d", "(enrolled after as-of)", notEnrolled);
    }
  }

  private static void rfm(StringBuilder out, List<CustomerProfile> profiles, LocalDate asOf) {
    List<RfmMetrics> metrics = new ArrayList<>();
    for (CustomerProfile p : profiles) {
      Optional<RfmMetrics> m = RfmAggregator.aggregate(p.customer().id(), p.interactions(), asOf.minusDays(1),
          CustomerFactory.CHINA, PersonalData.CNY);
      m.ifPresent(metrics::add);
    }
    Map<RfmSegment, Long> segments = new EnumMap<>(RfmSegment.class);
    for (RfmSegment s : RfmSegment.values()) {
      segments.put(s, 0L);
    }
    segments.putAll(RfmScorer.countBySegment(RfmScorer.score(metrics)));
    line(out, "");
    line(out, "RFM segments on %s (quintiles by value thresholds; %,d customers with a purchase, %,d without)",
        asOf.minusDays(1), metrics.size(), profiles.size() - metrics.size());
    segments.forEach((s, n) -> line(out, "  %-24s %,9d %6.1f%%", label(s.name()), n, percent(n, metrics.size())));
  }

  private static void kpis(StringBuilder out, List<CustomerProfile> profiles, LocalDate asOf, Instant asOfInstant) {
    Instant from = asOf.minusYears(1).atStartOfDay(CustomerFactory.CHINA).toInstant();
    KpiReport report = KpiCalculator.compute(profiles, from, asOfInstant);
    line(out, "");
    line(out, "KPIs %s to %s (Wilson 95%% intervals)", asOf.minusYears(1), asOf.minusDays(1));
    line(out, "  %-24s %9s %7s %17s", "", "of", "rate", "95% interval");
    for (Kpi kpi : Kpi.values()) {
      KpiValue v = report.get(kpi);
      if (v.sampleSize() == 0) {
        line(out, "  %-24s %,9d %7s", label(kpi.name()) + " rate", 0, "-");
        continue;
      }
      Interval i = v.wilsonInterval(CONFIDENCE);
      line(out, "  %-24s %,9d %6.1f%% %17s", label(kpi.name()) + " rate", v.sampleSize(), 100 * v.rate(),
          interval(100 * i.low(), 100 * i.high(), "%.1f%%"));
    }
    report.renewalByAmount().ifPresent(a -> line(out, "  %-24s %9s %6.1f%%  (%s %,.2f of %,.2f due)",
        "renewal rate by amount", "", 100 * a.ratio(), a.currency().getCurrencyCode(), a.achieved(), a.due()));
  }

  private static String interval(double low, double high, String format) {
    return "(" + String.format(Locale.ROOT, format, low) + ", " + String.format(Locale.ROOT, format, high) + ")";
  }

  private static double percent(long n, long total) {
    return total == 0 ? 0.0 : 100.0 * n / total;
  }

  static String label(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

}
