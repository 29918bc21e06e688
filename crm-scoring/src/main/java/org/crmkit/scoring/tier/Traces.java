package org.crmkit.scoring.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link TierTrace} of a decision: checks, gaps and their sentences. */
final class Traces {
  private Traces() {}

  static TierTrace of(TierDecision decision) {
    TierPolicy policy = decision.policy();
    TierMetrics metrics = decision.metrics();
    List<TierCheck> checks = new ArrayList<>();
    for (Tier tier : policy.tiers()) {
      checks.add(TierCheck.of(tier, metrics));
    }
    int earned = policy.rank(decision.earned().id());
    LocalDate by = decision.period().end();
    Optional<TierGap> toNext = earned + 1 < policy.tiers().size()
        ? gap(decision, checks.get(earned + 1), by) : Optional.empty();
    Optional<TierGap> toRetain = Optional.empty();
    Optional<Tier> downgradeTo = Optional.empty();
    Optional<LocalDate> downgradeOn = Optional.empty();
    if (earned > 0 && policy.downgrade().mode() != DowngradeMode.NONE && !checks.get(earned).met()) {
      toRetain = gap(decision, checks.get(earned), by);
      int after = policy.downgrade().after(earned, policy.qualifiedRank(metrics));
      if (after < earned) {
        downgradeTo = Optional.of(policy.tier(after));
        downgradeOn = Optional.of(by.plusDays(1L + policy.downgrade().graceDays()));
      }
    }
    return new TierTrace(checks, toNext, toRetain, downgradeTo, downgradeOn);
  }

  private static Optional<TierGap> gap(TierDecision decision, TierCheck check, LocalDate by) {
    if (check.met()) {
      return Optional.empty();
    }
    List<CriterionCheck> unmet = check.criteria().stream().filter(c -> !c.met()).toList();
    int metCount = check.criteria().size() - unmet.size();
    int needed = check.tier().rule().atLeast() - metCount;
    List<String> steps = unmet.stream().map(c -> step(decision, c, by)).toList();
    return Optional.of(new TierGap(check.tier(), needed, unmet, by, steps));
  }

  static String step(TierDecision decision, CriterionCheck check, LocalDate by) {
    BigDecimal missing = check.shortfall();
    switch (check.criterion().metric()) {
      case SPEND:
        return "spend " + Decimals.money(missing, decision.policy().currency()) + " more by " + by;
      case PURCHASES:
        return "make " + Decimals.count(missing) + " more " + plural(missing, "purchase") + " by " + by;
      case POINTS:
        return "earn " + Decimals.count(missing) + " more " + plural(missing, "point") + " by " + by;
      default:
        return "reach " + Decimals.count(check.criterion().minimum()) + " days of membership on "
            + decision.asOf().plusDays(missing.longValueExact());
    }
  }

  private static String plural(BigDecimal count, String noun) {
    return count.compareTo(BigDecimal.ONE) == 0 ? noun : noun + "s";
  }
}
