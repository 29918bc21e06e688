package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.churn.ChurnAssessment;
import org.crmkit.scoring.churn.ChurnScore;
import org.crmkit.scoring.churn.EarlyWarning;
import org.crmkit.scoring.churn.EarlyWarningPolicy;
import org.crmkit.scoring.churn.NotScored;
import org.crmkit.scoring.tier.TierDecision;
import org.crmkit.scoring.tier.TierEngine;
import org.crmkit.scoring.tier.TierMember;
import org.crmkit.scoring.tier.TierPolicy;

/**
 * A customer's current tier and churn health as the demo, {@code crm tier} and {@code crm churn}
 * compute them: the default tier policy (CNY, calendar days in UTC+8, the synthetic base's) and
 * the default early-warning policy in a zone. {@link #derived} gives them as the derived data of
 * an access export, since crm-privacy does not depend on crm-scoring. Stateless.
 */
public final class CurrentScores {
  /** The zone of the synthetic base's calendar days, and the commands' default. */
  public static final ZoneId ZONE = CustomerFactory.CHINA;

  private CurrentScores() {}

  /** Returns the default tier policy in CNY and UTC+8. */
  public static TierPolicy tierPolicy() {
    return TierPolicy.defaults(PersonalData.CNY, CustomerFactory.CHINA);
  }

  /**
   * Returns the early-warning engine with the default policy, counting calendar days in a zone.
   *
   * @param zone the zone
   * @return the engine, without a BG/NBD model
   */
  public static EarlyWarning earlyWarning(ZoneId zone) {
    return EarlyWarning.of(EarlyWarningPolicy.defaults().toBuilder().zone(requireNonNull(zone, "zone")).build());
  }

  /**
   * Returns a customer's tier decision on a day, or empty if the customer enrolled after it (and
   * has no tier yet).
   *
   * @param engine the engine of {@code policy}
   * @param policy the tier policy, for its zone
   * @param profile the customer and interactions
   * @param asOf the day
   * @return the decision
   * @throws IllegalArgumentException if the purchases do not fit the policy (another currency)
   */
  public static Optional<TierDecision> tier(TierEngine engine, TierPolicy policy, CustomerProfile profile,
      LocalDate asOf) {
    TierMember member = TierMember.from(profile.customer(), policy.zone());
    if (member.enrolledOn().isAfter(asOf)) {
      return Optional.empty();
    }
    return Optional.of(engine.evaluate(member, profile.interactions(), asOf));
  }

  /**
   * Returns a customer's current scores and tier as of a day, by name, for an access export:
   * {@code tier} (absent if enrolled after the day), then either {@code churn.health} (0–100, one
   * decimal) and {@code churn.warnings} (the warning codes, or {@code none}), or {@code churn}
   * with the not-scored result for a customer who opted out of automated decisions. The churn
   * assessment is made at the start of the day in {@code zone}.
   *
   * @param profile the customer, interactions and consent history
   * @param asOf the day
   * @param zone the zone of the churn assessment's calendar days
   * @return the values, in that order, unmodifiable
   * @throws IllegalArgumentException if the history cannot be scored (purchases in another currency)
   */
  public static Map<String, String> derived(CustomerProfile profile, LocalDate asOf, ZoneId zone) {
    requireNonNull(profile, "profile");
    requireNonNull(asOf, "asOf");
    TierPolicy policy = tierPolicy();
    Map<String, String> out = new LinkedHashMap<>();
    tier(TierEngine.of(policy), policy, profile, asOf).ifPresent(d -> out.put("tier", d.tierId()));
    ChurnAssessment a = earlyWarning(zone).assess(profile, asOf.atStartOfDay(zone).toInstant());
    if (a instanceof ChurnScore) {
      ChurnScore s = (ChurnScore) a;
      out.put("churn.health", String.format(Locale.ROOT, "%.1f", s.health().value()));
      out.put("churn.warnings", s.warnings().isEmpty() ? "none" : s.warnings().stream()
          .map(w -> w.code().name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(",")));
    } else {
      out.put("churn", ((NotScored) a).message());
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
