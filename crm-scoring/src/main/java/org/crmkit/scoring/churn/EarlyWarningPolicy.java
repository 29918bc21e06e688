package org.crmkit.scoring.churn;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds and weights of {@link EarlyWarning}. Immutable and thread-safe; build one with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * <p>Windows: the <em>recent</em> window is the {@code recentDays} days up to and including the
 * assessment day; the <em>baseline</em> window is the {@code baselineDays} days before it. Rates
 * are counts per day of window, so windows of different lengths compare fairly. Defaults and
 * meaning:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>zone</td><td>UTC</td><td>the calendar that turns instants into days</td></tr>
 *   <tr><td>recentDays</td><td>90</td><td>length of the recent window</td></tr>
 *   <tr><td>baselineDays</td><td>365</td><td>length of the baseline window before it</td></tr>
 *   <tr><td>minimumBaselineEvents</td><td>3</td><td>events a baseline needs before a drop is judged;
 *       purchase days a customer needs before their own median interval replaces the default</td></tr>
 *   <tr><td>defaultPurchaseIntervalDays</td><td>90</td><td>usual interval of a customer with too few purchases</td></tr>
 *   <tr><td>overdueFactor</td><td>2.0</td><td>{@link WarningCode#PURCHASE_OVERDUE} when days since the last
 *       purchase ≥ factor × usual interval (severity HIGH at {@code severeOverdueFactor})</td></tr>
 *   <tr><td>severeOverdueFactor</td><td>3.0</td><td>the recency score falls linearly from 100 at 1× the
 *       usual interval to 0 at this multiple</td></tr>
 *   <tr><td>dropShare</td><td>0.5</td><td>a frequency, contact, visit or spend rate that fell by at least
 *       this share against its baseline raises a warning (HIGH if it fell to 0)</td></tr>
 *   <tr><td>repeatedComplaints</td><td>2</td><td>complaints in the recent window that count as repeated
 *       (HIGH at twice as many)</td></tr>
 *   <tr><td>renewalGraceDays</td><td>14</td><td>days after a renewal period starts (pending) or a contract
 *       ends (no renewal) before {@link WarningCode#RENEWAL_OVERDUE}</td></tr>
 *   <tr><td>probabilityAliveThreshold</td><td>0.3</td><td>{@link WarningCode#LOW_PROBABILITY_ALIVE} below it
 *       (only with a BG/NBD model)</td></tr>
 *   <tr><td>competitorTags</td><td>{@code competitor}</td><td>customer tags that make the reason {@link
 *       ChurnReason#COMPETITOR}</td></tr>
 *   <tr><td>weights</td><td>recency .25, frequency .15, interactions .10, visits .10, complaints .15,
 *       satisfaction .10, spend .10, renewals .05</td><td>factor weights of the health score</td></tr>
 *   <tr><td>actions</td><td>price → discount offer, quality → quality remedy, service → service recovery,
 *       competitor → personal outreach, unknown → follow-up call</td><td>retention action per reason</td></tr>
 * </table>
 */
public final class EarlyWarningPolicy {
  private static final EarlyWarningPolicy DEFAULTS = new EarlyWarningPolicyBuilder().build();

  private final ZoneId zone;
  private final int recentDays;
  private final int baselineDays;
  private final int minimumBaselineEvents;
  private final int defaultPurchaseIntervalDays;
  private final double overdueFactor;
  private final double severeOverdueFactor;
  private final double dropShare;
  private final int repeatedComplaints;
  private final int renewalGraceDays;
  private final double probabilityAliveThreshold;
  private final Set<String> competitorTags;
  private final Map<HealthFactor, Double> weights;
  private final Map<ChurnReason, RetentionAction> actions;

  EarlyWarningPolicy(EarlyWarningPolicyBuilder b) {
    this.zone = b.zone;
    this.recentDays = b.recentDays;
    this.baselineDays = b.baselineDays;
    this.minimumBaselineEvents = b.minimumBaselineEvents;
    this.defaultPurchaseIntervalDays = b.defaultPurchaseIntervalDays;
    this.overdueFactor = b.overdueFactor;
    this.severeOverdueFactor = b.severeOverdueFactor;
    this.dropShare = b.dropShare;
    this.repeatedComplaints = b.repeatedComplaints;
    this.renewalGraceDays = b.renewalGraceDays;
    this.probabilityAliveThreshold = b.probabilityAliveThreshold;
    this.competitorTags = Set.copyOf(b.competitorTags);
    this.weights = Collections.unmodifiableMap(new EnumMap<>(b.weights));
    this.actions = Collections.unmodifiableMap(new EnumMap<>(b.actions));
  }

  /** Returns the default policy (see the class description). */
  public static EarlyWarningPolicy defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from the defaults. */
  public static EarlyWarningPolicyBuilder builder() {
    return new EarlyWarningPolicyBuilder();
  }

  /** Returns a builder that starts from this policy. */
  public EarlyWarningPolicyBuilder toBuilder() {
    return new EarlyWarningPolicyBuilder(this);
  }

  /** Returns the zone whose calendar days count. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the length of the recent window in days. */
  public int recentDays() {
    return recentDays;
  }

  /** Returns the length of the baseline window in days. */
  public int baselineDays() {
    return baselineDays;
  }

  /** Returns the events a baseline needs. */
  public int minimumBaselineEvents() {
    return minimumBaselineEvents;
  }

  /** Returns the usual purchase interval assumed for customers with too few purchases. */
  public int defaultPurchaseIntervalDays() {
    return defaultPurchaseIntervalDays;
  }

  /** Returns the multiple of the usual interval that makes a purchase overdue. */
  public double overdueFactor() {
    return overdueFactor;
  }

  /** Returns the multiple of the usual interval at which overdue is severe and recency scores 0. */
  public double severeOverdueFactor() {
    return severeOverdueFactor;
  }

  /** Returns the relative drop of a rate that raises a warning. */
  public double dropShare() {
    return dropShare;
  }

  /** Returns the recent complaints that count as repeated. */
  public int repeatedComplaints() {
    return repeatedComplaints;
  }

  /** Returns the grace days before a renewal is overdue. */
  public int renewalGraceDays() {
    return renewalGraceDays;
  }

  /** Returns the P(alive) below which a warning is raised. */
  public double probabilityAliveThreshold() {
    return probabilityAliveThreshold;
  }

  /** Returns the customer tags that signal a competitor (an immutable set). */
  public Set<String> competitorTags() {
    return competitorTags;
  }

  /** Returns the weight of every factor (an immutable map). */
  public Map<HealthFactor, Double> weights() {
    return weights;
  }

  /** Returns the retention action of every reason (an immutable map). */
  public Map<ChurnReason, RetentionAction> actions() {
    return actions;
  }

  @Override
  public String toString() {
    return "EarlyWarningPolicy[recentDays=" + recentDays + ", baselineDays=" + baselineDays
        + ", overdueFactor=" + overdueFactor + ", dropShare=" + dropShare + "]";
  }
}
