package org.crmkit.scoring.churn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The behaviour factors: purchase recency against the customer's usual interval, and recent against
 * baseline rates of purchases, contacts, visits and spend. Package-private; stateless.
 */
final class BehaviourRules {
  private final EarlyWarningPolicy policy;

  BehaviourRules(EarlyWarningPolicy policy) {
    this.policy = policy;
  }

  ChurnWarning warning(WarningCode code, Severity severity, ChurnReason reason, List<Evidence> evidence) {
    return new ChurnWarning(code, severity, reason, policy.actions().get(reason), evidence);
  }

  /** Median gap between distinct purchase days, or the policy default with too few purchases. */
  double usualInterval(long[] days) {
    if (days.length < Math.max(2, policy.minimumBaselineEvents())) {
      return policy.defaultPurchaseIntervalDays();
    }
    long[] gaps = new long[days.length - 1];
    for (int i = 1; i < days.length; i++) {
      gaps[i - 1] = days[i] - days[i - 1];
    }
    Arrays.sort(gaps);
    int m = gaps.length / 2;
    double median = gaps.length % 2 == 1 ? gaps[m] : 0.5 * (gaps[m - 1] + gaps[m]);
    return Math.max(1.0, median);
  }

  FactorResult recency(CustomerHistory h) {
    if (h.purchaseDays.length == 0) {
      return FactorResult.notApplicable(HealthFactor.PURCHASE_RECENCY);
    }
    long last = h.purchaseDays[h.purchaseDays.length - 1];
    double gap = h.today.toEpochDay() - last;
    double usual = usualInterval(h.purchaseDays);
    double ratio = gap / usual;
    double severe = policy.severeOverdueFactor();
    double score = ratio <= 1 ? 100.0
        : severe <= 1 ? 0.0 : FactorResult.clamp(100.0 * (severe - ratio) / (severe - 1.0));
    List<ChurnWarning> warnings = new ArrayList<>();
    if (ratio >= policy.overdueFactor()) {
      warnings.add(warning(WarningCode.PURCHASE_OVERDUE, ratio >= severe ? Severity.HIGH : Severity.MEDIUM,
          h.inferredReason, List.of(
              Evidence.date("lastPurchase", LocalDate.ofEpochDay(last)),
              Evidence.figure("daysSinceLastPurchase", gap),
              Evidence.figure("usualIntervalDays", usual),
              Evidence.figure("thresholdDays", policy.overdueFactor() * usual))));
    }
    return new FactorResult(HealthFactor.PURCHASE_RECENCY, true, score, warnings);
  }

  FactorResult frequency(CustomerHistory h, HealthFactor factor, WarningCode code, long[] days, String what) {
    int recent = CustomerHistory.count(days, h.recentStart, h.today);
    int baseline = CustomerHistory.count(days, h.baselineStart, h.recentStart.minusDays(1));
    if (baseline < policy.minimumBaselineEvents()) {
      return FactorResult.notApplicable(factor);
    }
    double recentRate = (double) recent / h.recentLength();
    double baselineRate = (double) baseline / h.baselineLength();
    return rate(h, factor, code, recentRate, baselineRate, List.of(
        Evidence.figure("recent" + what, recent),
        Evidence.figure("baseline" + what, baseline),
        Evidence.figure("recentPer30Days", 30 * recentRate),
        Evidence.figure("baselinePer30Days", 30 * baselineRate),
        Evidence.date("recentWindowStart", h.recentStart)));
  }

  FactorResult spend(CustomerHistory h) {
    int baselinePurchases = CustomerHistory.count(h.purchaseDays, h.baselineStart, h.recentStart.minusDays(1));
    if (h.spendCurrency.isEmpty() || baselinePurchases < policy.minimumBaselineEvents() || h.baselineSpend.signum() <= 0) {
      return FactorResult.notApplicable(HealthFactor.SPEND);
    }
    double recentRate = h.recentSpend.doubleValue() / h.recentLength();
    double baselineRate = h.baselineSpend.doubleValue() / h.baselineLength();
    return rate(h, HealthFactor.SPEND, WarningCode.SPEND_DROP, recentRate, baselineRate, List.of(
        Evidence.figure("recentSpend", h.recentSpend.doubleValue()),
        Evidence.figure("baselineSpend", h.baselineSpend.doubleValue()),
        Evidence.figure("recentPer30Days", 30 * recentRate),
        Evidence.figure("baselinePer30Days", 30 * baselineRate),
        Evidence.date("recentWindowStart", h.recentStart)));
  }

  private FactorResult rate(CustomerHistory h, HealthFactor factor, WarningCode code, double recentRate,
      double baselineRate, List<Evidence> evidence) {
    double ratio = recentRate / baselineRate;
    double score = FactorResult.clamp(100.0 * ratio);
    List<ChurnWarning> warnings = new ArrayList<>();
    if (ratio <= 1.0 - policy.dropShare()) {
      warnings.add(warning(code, recentRate == 0 ? Severity.HIGH : Severity.MEDIUM, h.inferredReason, evidence));
    }
    return new FactorResult(factor, true, score, warnings);
  }
}
