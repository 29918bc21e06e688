package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.bgnbd.BgNbdModel;

/**
 * The churn early-warning engine (seed 001: monitor, warn below a threshold, analyse the reason,
 * pick a retention action). Immutable and thread-safe.
 *
 * <p>{@link #assess} first asks whether the customer may be profiled for {@link
 * Purpose#AUTOMATED_DECISION} at the assessment time — through the configured {@link ConsentGate},
 * or else the profile's own consent ledger — and returns {@link NotScored} if not, computing
 * nothing else. Otherwise it evaluates the eight {@link HealthFactor}s with the thresholds of the
 * {@link EarlyWarningPolicy} and returns a {@link ChurnScore}: the weighted mean of the
 * applicable factor scores (0–100) and the warnings, most severe first, each with its reason,
 * evidence and the policy's action for that reason. With a BG/NBD model ({@link #withModel}) it
 * also reports the customer's P(alive) and expected purchases and warns when P(alive) is below the
 * policy threshold; the health score itself does not use the model.
 *
 * <p>The result depends only on the profile, the consent answer, the policy and {@code asOf}:
 * interactions after {@code asOf} are ignored.
 */
public final class EarlyWarning {
  private final EarlyWarningPolicy policy;
  private final Optional<ConsentGate> gate;
  private final Optional<ModelSettings> model;

  private record ModelSettings(BgNbdModel model, ChronoUnit unit, double horizon) {}

  private EarlyWarning(EarlyWarningPolicy policy, Optional<ConsentGate> gate, Optional<ModelSettings> model) {
    this.policy = policy;
    this.gate = gate;
    this.model = model;
  }

  /**
   * Returns an engine that reads consent from each profile's own ledger.
   *
   * @param policy the thresholds
   * @return the engine
   */
  public static EarlyWarning of(EarlyWarningPolicy policy) {
    return new EarlyWarning(requireNonNull(policy, "policy"), Optional.empty(), Optional.empty());
  }

  /**
   * Returns an engine that asks a consent gate (for instance one over the host's consent store).
   *
   * @param policy the thresholds
   * @param gate the consent gate
   * @return the engine
   */
  public static EarlyWarning of(EarlyWarningPolicy policy, ConsentGate gate) {
    return new EarlyWarning(requireNonNull(policy, "policy"), Optional.of(requireNonNull(gate, "gate")), Optional.empty());
  }

  /**
   * Returns a copy that adds a BG/NBD outlook to every score: the customer's (x, t<sub>x</sub>, T)
   * from their purchase days (one per day, T from the first purchase to the assessment day) in the
   * model's time unit, P(alive) and the expected purchases over the horizon.
   *
   * @param bgNbd the fitted model
   * @param unit the model's time unit, {@link ChronoUnit#DAYS} or {@link ChronoUnit#WEEKS}
   * @param horizon the forecast horizon in that unit, finite and ≥ 0
   * @return the copy
   * @throws IllegalArgumentException if the unit or horizon is invalid
   */
  public EarlyWarning withModel(BgNbdModel bgNbd, ChronoUnit unit, double horizon) {
    requireNonNull(bgNbd, "bgNbd");
    checkArgument(unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS, "unit must be DAYS or WEEKS but was %s", unit);
    checkArgument(Double.isFinite(horizon) && horizon >= 0, "horizon must be finite and >= 0 but was %s", horizon);
    return new EarlyWarning(policy, gate, Optional.of(new ModelSettings(bgNbd, unit, horizon)));
  }

  /** Returns the policy. */
  public EarlyWarningPolicy policy() {
    return policy;
  }

  /**
   * Assesses one customer.
   *
   * @param profile the customer's file
   * @param asOf the time of the assessment
   * @return a score, or "not scored: opted out"
   */
  public ChurnAssessment assess(CustomerProfile profile, Instant asOf) {
    requireNonNull(profile, "profile");
    requireNonNull(asOf, "asOf");
    ConsentDecision decision = gate.isPresent()
        ? gate.get().check(profile.customer().id(), Purpose.AUTOMATED_DECISION, asOf)
        : profile.consent().decide(Purpose.AUTOMATED_DECISION, asOf);
    if (!decision.allowed()) {
      return new NotScored(profile.customer().id(), asOf, NotScoredReason.OPTED_OUT, decision.basis(), decision.eventId());
    }
    CustomerHistory history = new CustomerHistory(profile, asOf, policy);
    BehaviourRules behaviour = new BehaviourRules(policy);
    CareRules care = new CareRules(policy, behaviour);
    List<FactorResult> results = List.of(
        behaviour.recency(history),
        behaviour.frequency(history, HealthFactor.PURCHASE_FREQUENCY, WarningCode.PURCHASE_FREQUENCY_DROP,
            history.purchaseDays, "PurchaseDays"),
        behaviour.frequency(history, HealthFactor.INTERACTIONS, WarningCode.INTERACTION_DROP, history.contactDays, "Contacts"),
        behaviour.frequency(history, HealthFactor.VISITS, WarningCode.VISIT_DROP, history.visitDays, "Visits"),
        care.complaints(history),
        care.satisfaction(history),
        behaviour.spend(history),
        care.renewals(history));
    List<ChurnWarning> warnings = new ArrayList<>();
    for (FactorResult r : results) {
      warnings.addAll(r.warnings());
    }
    Optional<Outlook> outlook = model.flatMap(m -> outlook(m, history));
    outlook.filter(o -> o.probabilityAlive() < policy.probabilityAliveThreshold()).ifPresent(o ->
        warnings.add(behaviour.warning(WarningCode.LOW_PROBABILITY_ALIVE,
            o.probabilityAlive() < policy.probabilityAliveThreshold() / 3 ? Severity.HIGH : Severity.MEDIUM,
            history.inferredReason, List.of(Evidence.figure("probabilityAlive", o.probabilityAlive()),
                Evidence.figure("threshold", policy.probabilityAliveThreshold())))));
    // Most severe first; ties keep the factor order, which is deterministic.
    warnings.sort(Comparator.comparing(ChurnWarning::severity).reversed());
    return new ChurnScore(profile.customer().id(), asOf, health(results), warnings, outlook);
  }

  /**
   * Assesses several customers at one time.
   *
   * @param profiles the customers' files
   * @param asOf the time of the assessment
   * @return one result per profile, in order
   */
  public List<ChurnAssessment> assessAll(List<CustomerProfile> profiles, Instant asOf) {
    List<ChurnAssessment> out = new ArrayList<>(profiles.size());
    for (CustomerProfile p : profiles) {
      out.add(assess(p, asOf));
    }
    return out;
  }

  private HealthScore health(List<FactorResult> results) {
    Map<HealthFactor, Double> weights = policy.weights();
    double total = 0;
    for (FactorResult r : results) {
      total += r.applicable() ? weights.getOrDefault(r.factor(), 0.0) : 0.0;
    }
    Map<HealthFactor, FactorScore> lines = new EnumMap<>(HealthFactor.class);
    double value = 0;
    for (FactorResult r : results) {
      double w = weights.getOrDefault(r.factor(), 0.0);
      double points = r.applicable() && total > 0 ? w / total * r.score() : 0.0;
      value += points;
      lines.put(r.factor(), new FactorScore(r.factor(), r.applicable(), r.score(), w, Math.min(100.0, points)));
    }
    // No applicable weighted factor means no sign of risk.
    double score = total > 0 ? FactorResult.clamp(value) : 100.0;
    return new HealthScore(score, new ArrayList<>(lines.values()));
  }

  private Optional<Outlook> outlook(ModelSettings m, CustomerHistory h) {
    long[] days = h.purchaseDays;
    if (days.length == 0) {
      return Optional.empty();
    }
    double perUnit = m.unit() == ChronoUnit.WEEKS ? 7.0 : 1.0;
    long first = days[0];
    int x = days.length - 1;
    double tx = (days[days.length - 1] - first) / perUnit;
    double age = (h.today.toEpochDay() - first) / perUnit;
    double p = m.model().probabilityAlive(x, tx, age);
    double expected = m.model().expectedPurchases(x, tx, age, m.horizon());
    return Optional.of(new Outlook(x, tx, age, p, m.horizon(), expected));
  }

  @Override
  public String toString() {
    return "EarlyWarning[" + policy + ", gate=" + gate.isPresent() + ", model=" + model.isPresent() + "]";
  }
}
