package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tier programme: the ladder from the base tier up, the qualification window, the downgrade
 * rule, the currency spend is counted in, the zone days are counted in, and how many points a
 * currency unit of net spend earns. Immutable and thread-safe; load and save it as JSON with
 * {@code org.crmkit.scoring.tier.json.TierPolicyJson}.
 *
 * <p><b>Qualification.</b> A member qualifies for the highest tier whose {@link TierRule} their
 * metrics meet ({@link #qualifiedRank}); the base tier (rank 0) always qualifies. Every criterion
 * is a minimum that is met when reached exactly, so more of any metric never lowers the
 * qualified tier.
 *
 * @param id the policy id, {@code [a-z][a-z0-9_-]{0,31}}
 * @param currency the currency of spend and spend thresholds
 * @param zone the zone in which purchase times become days
 * @param tiers the ladder, lowest first: the base tier (no criteria) and then at least zero
 *     tiers each with at least one criterion; ids unique
 * @param window when metrics are measured and tiers reviewed
 * @param downgrade what happens at a period end to members who no longer qualify
 * @param pointsPerUnit points per whole currency unit of net spend, not negative (trailing zeros
 *     stripped); points are rounded down
 */
public record TierPolicy(String id, Currency currency, ZoneId zone, List<Tier> tiers, QualificationWindow window,
    DowngradeRule downgrade, BigDecimal pointsPerUnit) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if the id is malformed, the ladder is empty, the base tier
   *     has criteria, another tier has none, an id repeats or pointsPerUnit is negative
   */
  public TierPolicy {
    requireNonNull(id, "id");
    requireNonNull(currency, "currency");
    requireNonNull(zone, "zone");
    requireNonNull(window, "window");
    requireNonNull(downgrade, "downgrade");
    requireNonNull(pointsPerUnit, "pointsPerUnit");
    checkArgument(ID.matcher(id).matches(), "policy id must match [a-z][a-z0-9_-]{0,31} but was '%s'", id);
    tiers = List.copyOf(tiers);
    checkArgument(!tiers.isEmpty(), "tiers must hold at least the base tier but was empty");
    checkArgument(tiers.get(0).rule().criteria().isEmpty(),
        "base tier %s must have no criteria but had %s", tiers.get(0).id(), tiers.get(0).rule().criteria().size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      checkArgument(ids.add(tier.id()), "tier ids must be unique but %s repeats", tier.id());
      checkArgument(i == 0 || !tier.rule().criteria().isEmpty(), "tier %s must have at least one criterion", tier.id());
    }
    checkArgument(pointsPerUnit.signum() >= 0, "pointsPerUnit must be >= 0 but was %s", pointsPerUnit);
    pointsPerUnit = Decimals.normalise(pointsPerUnit);
  }

  /**
   * Returns the default ladder of seed 001 — none &lt; Silver &lt; Gold &lt; Platinum &lt;
   * Diamond (白银, 黄金, 铂金, 钻石) — on calendar years, one step down at year end, one point per
   * currency unit. The thresholds are a starting point to tune with {@link TierThresholds}:
   * Silver: spend 1,000 or 3 purchases; Gold: spend 5,000 or 10 purchases; Platinum: spend
   * 20,000 and 12 purchases; Diamond: at least two of spend 50,000, 24 purchases and 365 days of
   * membership.
   *
   * @param currency the currency of spend
   * @param zone the zone in which days are counted
   * @return the policy
   */
  public static TierPolicy defaults(Currency currency, ZoneId zone) {
    List<Tier> ladder = List.of(
        Tier.of("none", "None", TierRule.always()),
        Tier.of("silver", "Silver", TierRule.any(Criterion.spend("1000"), Criterion.purchases(3)),
            DiscountBenefit.of("2")),
        Tier.of("gold", "Gold", TierRule.any(Criterion.spend("5000"), Criterion.purchases(10)),
            DiscountBenefit.of("5"), new PriorityServiceBenefit()),
        Tier.of("platinum", "Platinum", TierRule.all(Criterion.spend("20000"), Criterion.purchases(12)),
            DiscountBenefit.of("8"), new PriorityServiceBenefit(), new GiftBenefit("birthday and holiday gifts")),
        Tier.of("diamond", "Diamond", TierRule.atLeast(2, Criterion.spend("50000"), Criterion.purchases(24),
                Criterion.tenureDays(365)),
            DiscountBenefit.of("12"), new PriorityServiceBenefit(), new GiftBenefit("birthday and holiday gifts"),
            new CustomBenefit("account-manager", "dedicated")));
    return new TierPolicy("default", currency, zone, ladder, CalendarWindow.year(),
        DowngradeRule.of(DowngradeMode.ONE_STEP), BigDecimal.ONE);
  }

  /** Returns the base tier (rank 0). */
  public Tier base() {
    return tiers.get(0);
  }

  /**
   * Returns the tier at a rank.
   *
   * @param rank 0 for the base, up to {@code tiers().size() - 1}
   * @return the tier
   * @throws IndexOutOfBoundsException if the rank is out of range
   */
  public Tier tier(int rank) {
    return tiers.get(rank);
  }

  /**
   * Returns the rank of a tier id on the ladder.
   *
   * @param tierId the id
   * @return its rank, 0 for the base
   * @throws IllegalArgumentException if no tier has the id
   */
  public int rank(String tierId) {
    requireNonNull(tierId, "tierId");
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).id().equals(tierId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("tier id must be one of " + tierIds() + " but was '" + tierId + "'");
  }

  /** Returns the tier ids, lowest first. */
  public List<String> tierIds() {
    return tiers.stream().map(Tier::id).toList();
  }

  /**
   * Returns the rank of the highest tier whose rule the metrics meet: the fast path for
   * pre-aggregated metrics, without a trace.
   *
   * @param metrics the metrics
   * @return the rank, 0 (base) when no other tier qualifies
   */
  public int qualifiedRank(TierMetrics metrics) {
    requireNonNull(metrics, "metrics");
    for (int i = tiers.size() - 1; i > 0; i--) {
      if (tiers.get(i).rule().isMetBy(metrics)) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Returns the highest tier whose rule the metrics meet.
   *
   * @param metrics the metrics
   * @return the tier, the base when no other qualifies
   */
  public Tier qualifiedTier(TierMetrics metrics) {
    return tiers.get(qualifiedRank(metrics));
  }

  /**
   * Returns the tier held after a review period ends, for hosts that keep tier state themselves.
   *
   * @param heldTierId the tier held during the period that ended
   * @param periodMetrics the metrics over that whole period
   * @return the tier for the next period, by the downgrade rule (grace is the caller's to apply)
   * @throws IllegalArgumentException if the tier id is unknown
   */
  public Tier retainedAfterPeriod(String heldTierId, TierMetrics periodMetrics) {
    return tiers.get(downgrade.after(rank(heldTierId), qualifiedRank(periodMetrics)));
  }

  /**
   * Returns the points a net spend earns: {@code floor(spend × pointsPerUnit)}.
   *
   * @param spend the net spend, not negative
   * @return the points
   * @throws ArithmeticException if the points do not fit in a long
   */
  public long points(BigDecimal spend) {
    return spend.multiply(pointsPerUnit).setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /**
   * Returns a copy with new minimums for one metric, tier by tier, as {@link TierThresholds}
   * suggests them.
   *
   * @param metric the metric whose minimums change
   * @param minimums the new minimum by tier id; each tier named must have a criterion on the metric
   * @return the copy
   * @throws IllegalArgumentException if a tier id is unknown, a named tier has no criterion on
   *     the metric, or a minimum is invalid
   */
  public TierPolicy withThresholds(Metric metric, Map<String, BigDecimal> minimums) {
    requireNonNull(metric, "metric");
    List<Tier> changed = new ArrayList<>(tiers);
    minimums.forEach((tierId, minimum) -> {
      int rank = rank(tierId);
      Tier tier = changed.get(rank);
      TierRule rule = tier.rule();
      checkArgument(rule.criterion(metric).isPresent(), "tier %s must have a %s criterion but had none", tierId, metric);
      List<Criterion> criteria = rule.criteria().stream()
          .map(c -> c.metric() == metric ? c.withMinimum(minimum) : c).toList();
      changed.set(rank, tier.withRule(new TierRule(rule.match(), rule.atLeast(), criteria)));
    });
    return withTiers(changed);
  }

  /**
   * Returns a copy with another ladder.
   *
   * @param newTiers the ladder, lowest first
   * @return the copy
   */
  public TierPolicy withTiers(List<Tier> newTiers) {
    return new TierPolicy(id, currency, zone, newTiers, window, downgrade, pointsPerUnit);
  }

  /**
   * Returns a copy with another qualification window.
   *
   * @param newWindow the window
   * @return the copy
   */
  public TierPolicy withWindow(QualificationWindow newWindow) {
    return new TierPolicy(id, currency, zone, tiers, newWindow, downgrade, pointsPerUnit);
  }

  /**
   * Returns a copy with another downgrade rule.
   *
   * @param newDowngrade the rule
   * @return the copy
   */
  public TierPolicy withDowngrade(DowngradeRule newDowngrade) {
    return new TierPolicy(id, currency, zone, tiers, window, newDowngrade, pointsPerUnit);
  }
}
