package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link EarlyWarningPolicy}, starting from the defaults; each setter validates its
 * value. Not thread-safe.
 */
public final class EarlyWarningPolicyBuilder {
  ZoneId zone = ZoneOffset.UTC;
  int recentDays = 90;
  int baselineDays = 365;
  int minimumBaselineEvents = 3;
  int defaultPurchaseIntervalDays = 90;
  double overdueFactor = 2.0;
  double severeOverdueFactor = 3.0;
  double dropShare = 0.5;
  int repeatedComplaints = 2;
  int renewalGraceDays = 14;
  double probabilityAliveThreshold = 0.3;
  Set<String> competitorTags = Set.of("competitor");
  final Map<HealthFactor, Double> weights = new EnumMap<>(HealthFactor.class);
  final Map<ChurnReason, RetentionAction> actions = new EnumMap<>(ChurnReason.class);

  EarlyWarningPolicyBuilder() {
    weights.put(HealthFactor.PURCHASE_RECENCY, 0.25);
    weights.put(HealthFactor.PURCHASE_FREQUENCY, 0.15);
    weights.put(HealthFactor.INTERACTIONS, 0.10);
    weights.put(HealthFactor.VISITS, 0.10);
    weights.put(HealthFactor.COMPLAINTS, 0.15);
    weights.put(HealthFactor.SATISFACTION, 0.10);
    weights.put(HealthFactor.SPEND, 0.10);
    weights.put(HealthFactor.RENEWALS, 0.05);
    actions.put(ChurnReason.PRICE, RetentionAction.DISCOUNT_OFFER);
    actions.put(ChurnReason.QUALITY, RetentionAction.QUALITY_REMEDY);
    actions.put(ChurnReason.SERVICE, RetentionAction.SERVICE_RECOVERY);
    actions.put(ChurnReason.COMPETITOR, RetentionAction.PERSONAL_OUTREACH);
    actions.put(ChurnReason.UNKNOWN, RetentionAction.FOLLOW_UP_CALL);
  }

  EarlyWarningPolicyBuilder(EarlyWarningPolicy p) {
    zone = p.zone();
    recentDays = p.recentDays();
    baselineDays = p.baselineDays();
    minimumBaselineEvents = p.minimumBaselineEvents();
    defaultPurchaseIntervalDays = p.defaultPurchaseIntervalDays();
    overdueFactor = p.overdueFactor();
    severeOverdueFactor = p.severeOverdueFactor();
    dropShare = p.dropShare();
    repeatedComplaints = p.repeatedComplaints();
    renewalGraceDays = p.renewalGraceDays();
    probabilityAliveThreshold = p.probabilityAliveThreshold();
    competitorTags = p.competitorTags();
    weights.putAll(p.weights());
    actions.putAll(p.actions());
  }

  /** Sets the zone whose calendar days count. @param value the zone @return this builder */
  public EarlyWarningPolicyBuilder zone(ZoneId value) {
    zone = requireNonNull(value, "zone");
    return this;
  }

  /**
   * Sets the recent and baseline window lengths.
   *
   * @param recent days of the recent window, 1..3650
   * @param baseline days of the baseline window, 1..3650
   * @return this builder
   * @throws IllegalArgumentException if a length is out of range
   */
  public EarlyWarningPolicyBuilder windows(int recent, int baseline) {
    checkArgument(recent >= 1 && recent <= 3650, "recentDays must be in [1, 3650] but was %s", recent);
    checkArgument(baseline >= 1 && baseline <= 3650, "baselineDays must be in [1, 3650] but was %s", baseline);
    recentDays = recent;
    baselineDays = baseline;
    return this;
  }

  /**
   * Sets the events a baseline needs.
   *
   * @param value at least 1
   * @return this builder
   * @throws IllegalArgumentException if the value is below 1
   */
  public EarlyWarningPolicyBuilder minimumBaselineEvents(int value) {
    checkArgument(value >= 1, "minimumBaselineEvents must be >= 1 but was %s", value);
    minimumBaselineEvents = value;
    return this;
  }

  /**
   * Sets the usual purchase interval of customers with too few purchases.
   *
   * @param days at least 1
   * @return this builder
   * @throws IllegalArgumentException if the value is below 1
   */
  public EarlyWarningPolicyBuilder defaultPurchaseIntervalDays(int days) {
    checkArgument(days >= 1, "defaultPurchaseIntervalDays must be >= 1 but was %s", days);
    defaultPurchaseIntervalDays = days;
    return this;
  }

  /**
   * Sets the overdue multiples of the usual interval.
   *
   * @param warn the multiple that raises a warning, &gt; 1
   * @param severe the multiple that makes it severe and the recency score 0, ≥ warn
   * @return this builder
   * @throws IllegalArgumentException if warn ≤ 1 or severe &lt; warn
   */
  public EarlyWarningPolicyBuilder overdueFactors(double warn, double severe) {
    checkArgument(warn > 1 && Double.isFinite(warn), "overdueFactor must be finite and > 1 but was %s", warn);
    checkArgument(severe >= warn && Double.isFinite(severe), "severeOverdueFactor must be finite and >= %s but was %s", warn, severe);
    overdueFactor = warn;
    severeOverdueFactor = severe;
    return this;
  }

  /**
   * Sets the relative drop of a rate that raises a warning.
   *
   * @param value in (0, 1]
   * @return this builder
   * @throws IllegalArgumentException if the value is outside (0, 1]
   */
  public EarlyWarningPolicyBuilder dropShare(double value) {
    checkArgument(value > 0 && value <= 1, "dropShare must be in (0, 1] but was %s", value);
    dropShare = value;
    return this;
  }

  /**
   * Sets the recent complaints that count as repeated.
   *
   * @param value at least 1
   * @return this builder
   * @throws IllegalArgumentException if the value is below 1
   */
  public EarlyWarningPolicyBuilder repeatedComplaints(int value) {
    checkArgument(value >= 1, "repeatedComplaints must be >= 1 but was %s", value);
    repeatedComplaints = value;
    return this;
  }

  /**
   * Sets the grace days before a renewal is overdue.
   *
   * @param days at least 0
   * @return this builder
   * @throws IllegalArgumentException if the value is negative
   */
  public EarlyWarningPolicyBuilder renewalGraceDays(int days) {
    checkArgument(days >= 0, "renewalGraceDays must be >= 0 but was %s", days);
    renewalGraceDays = days;
    return this;
  }

  /**
   * Sets the P(alive) threshold of {@link WarningCode#LOW_PROBABILITY_ALIVE}.
   *
   * @param value in [0, 1]
   * @return this builder
   * @throws IllegalArgumentException if the value is outside [0, 1]
   */
  public EarlyWarningPolicyBuilder probabilityAliveThreshold(double value) {
    checkArgument(value >= 0 && value <= 1, "probabilityAliveThreshold must be in [0, 1] but was %s", value);
    probabilityAliveThreshold = value;
    return this;
  }

  /** Sets the tags that signal a competitor. @param tags the tags @return this builder */
  public EarlyWarningPolicyBuilder competitorTags(Set<String> tags) {
    competitorTags = Set.copyOf(tags);
    return this;
  }

  /**
   * Sets the weight of a factor.
   *
   * @param factor the factor
   * @param weight finite and ≥ 0 (0 leaves the factor out)
   * @return this builder
   * @throws IllegalArgumentException if the weight is negative or not finite
   */
  public EarlyWarningPolicyBuilder weight(HealthFactor factor, double weight) {
    requireNonNull(factor, "factor");
    checkArgument(weight >= 0 && Double.isFinite(weight), "weight must be finite and >= 0 but was %s", weight);
    weights.put(factor, weight);
    return this;
  }

  /**
   * Sets the retention action of a reason.
   *
   * @param reason the reason
   * @param action the action
   * @return this builder
   */
  public EarlyWarningPolicyBuilder action(ChurnReason reason, RetentionAction action) {
    actions.put(requireNonNull(reason, "reason"), requireNonNull(action, "action"));
    return this;
  }

  /** Returns the policy. */
  public EarlyWarningPolicy build() {
    return new EarlyWarningPolicy(this);
  }
}
