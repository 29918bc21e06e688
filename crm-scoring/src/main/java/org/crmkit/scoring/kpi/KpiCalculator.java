package org.crmkit.scoring.kpi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.stats.Proportion;

/**
 * Computes the KPIs of a period {@code [from, to)} from customer profiles. Stateless and
 * thread-safe; deterministic for the given period (no clock).
 *
 * <p>Definitions. A customer's stage at an instant is the stage of its last life-cycle entry
 * entered at or before it.
 *
 * <ul>
 *   <li><b>Churn</b>: of the customers in stage transaction or maintenance at {@code from}, those
 *       who entered exit during the period. <b>Retention</b> is the rest of the same sample.
 *   <li><b>Conversion</b>: leads — customers in awareness or interaction at {@code from}, or
 *       created during the period in one of those stages — who entered transaction or
 *       maintenance during the period.
 *   <li><b>Complaint</b> and <b>follow-up</b>: of the active customers — created before {@code
 *       to} and not in exit at {@code from} — those with at least one complaint, respectively
 *       follow-up, in the period.
 *   <li><b>Renewal by count</b>: of the renewals decided in the period (outcome not pending),
 *       those renewed or changed. <b>By amount</b>: for decided renewals whose contract had an
 *       earlier won renewal (its amount is what was due), the amount won against the amount due.
 * </ul>
 */
public final class KpiCalculator {
  private KpiCalculator() {}

  /**
   * Computes a report.
   *
   * @param profiles the customers with their interactions
   * @param from the period start, included
   * @param to the period end, excluded
   * @return the report
   * @throws IllegalArgumentException if the period is empty or renewal amounts mix currencies
   */
  public static KpiReport compute(Collection<CustomerProfile> profiles, Instant from, Instant to) {
    requireNonNull(profiles, "profiles");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(from.isBefore(to), "from must be before to but was %s >= %s", from, to);
    long existing = 0;
    long churned = 0;
    long leads = 0;
    long converted = 0;
    long active = 0;
    long complained = 0;
    long followedUp = 0;
    List<Renewal> renewals = new ArrayList<>();
    for (CustomerProfile profile : profiles) {
      Customer customer = profile.customer();
      if (!customer.createdAt().isBefore(to)) {
        continue;
      }
      Optional<LifecycleStage> atStart = stageAt(customer, from);
      List<StageEntry> during = customer.lifecycle().entries().stream()
          .filter(e -> !e.enteredAt().isBefore(from) && e.enteredAt().isBefore(to)).toList();
      if (atStart.isPresent() && isCustomer(atStart.get())) {
        existing++;
        if (during.stream().anyMatch(e -> e.stage() == LifecycleStage.EXIT)) {
          churned++;
        }
      }
      LifecycleStage first = atStart.orElse(customer.lifecycle().entries().get(0).stage());
      if (first == LifecycleStage.AWARENESS || first == LifecycleStage.INTERACTION) {
        leads++;
        if (during.stream().anyMatch(e -> isCustomer(e.stage()))) {
          converted++;
        }
      }
      if (atStart.map(s -> s != LifecycleStage.EXIT).orElse(true)) {
        active++;
        if (any(profile, from, to, Complaint.class)) {
          complained++;
        }
        if (any(profile, from, to, FollowUp.class)) {
          followedUp++;
        }
      }
      profile.interactions().stream().filter(Renewal.class::isInstance).map(Renewal.class::cast)
          .forEach(renewals::add);
    }
    Map<Kpi, KpiValue> rates = new EnumMap<>(Kpi.class);
    rates.put(Kpi.CHURN, new KpiValue(Kpi.CHURN, Proportion.of(churned, existing)));
    rates.put(Kpi.RETENTION, new KpiValue(Kpi.RETENTION, Proportion.of(existing - churned, existing)));
    rates.put(Kpi.CONVERSION, new KpiValue(Kpi.CONVERSION, Proportion.of(converted, leads)));
    rates.put(Kpi.COMPLAINT, new KpiValue(Kpi.COMPLAINT, Proportion.of(complained, active)));
    rates.put(Kpi.FOLLOW_UP, new KpiValue(Kpi.FOLLOW_UP, Proportion.of(followedUp, active)));
    long decided = 0;
    long won = 0;
    for (Renewal renewal : renewals) {
      if (inPeriod(renewal, from, to) && renewal.outcome() != RenewalOutcome.PENDING) {
        decided++;
        won += isWon(renewal) ? 1 : 0;
      }
    }
    rates.put(Kpi.RENEWAL, new KpiValue(Kpi.RENEWAL, Proportion.of(won, decided)));
    return new KpiReport(from, to, rates, renewalByAmount(renewals, from, to));
  }

  private static Optional<AmountRate> renewalByAmount(List<Renewal> renewals, Instant from, Instant to) {
    List<Renewal> sorted = new ArrayList<>(renewals);
    sorted.sort(Comparator.comparing(Renewal::occurredAt).thenComparing(r -> r.id().value()));
    BigDecimal achieved = BigDecimal.ZERO;
    BigDecimal due = BigDecimal.ZERO;
    Currency currency = null;
    long sample = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Renewal renewal = sorted.get(i);
      if (!inPeriod(renewal, from, to) || renewal.outcome() == RenewalOutcome.PENDING) {
        continue;
      }
      Optional<Renewal> previous = Optional.empty();
      for (int j = i - 1; j >= 0 && previous.isEmpty(); j--) {
        Renewal candidate = sorted.get(j);
        if (candidate.contractId().equals(renewal.contractId()) && candidate.customerId().equals(renewal.customerId())
            && isWon(candidate) && candidate.occurredAt().isBefore(renewal.occurredAt())) {
          previous = Optional.of(candidate);
        }
      }
      if (previous.isEmpty() || previous.get().amount().isZero()) {
        continue;
      }
      Currency c = previous.get().amount().currency();
      checkArgument(currency == null || currency.equals(c) && renewal.amount().currency().equals(c),
          "renewal amounts must share one currency but renewal %s differed", renewal.id());
      currency = c;
      due = due.add(previous.get().amount().amount());
      if (isWon(renewal)) {
        achieved = achieved.add(renewal.amount().amount());
      }
      sample++;
    }
    return sample == 0 ? Optional.empty() : Optional.of(new AmountRate(achieved, due, currency, sample));
  }

  private static boolean isWon(Renewal renewal) {
    return renewal.outcome() == RenewalOutcome.RENEWED || renewal.outcome() == RenewalOutcome.CHANGED;
  }

  private static boolean isCustomer(LifecycleStage stage) {
    return stage == LifecycleStage.TRANSACTION || stage == LifecycleStage.MAINTENANCE;
  }

  private static boolean inPeriod(Interaction interaction, Instant from, Instant to) {
    return !interaction.occurredAt().isBefore(from) && interaction.occurredAt().isBefore(to);
  }

  private static boolean any(CustomerProfile profile, Instant from, Instant to, Class<? extends Interaction> kind) {
    return profile.interactions().stream().anyMatch(i -> kind.isInstance(i) && inPeriod(i, from, to));
  }

  private static Optional<LifecycleStage> stageAt(Customer customer, Instant at) {
    LifecycleStage stage = null;
    for (StageEntry entry : customer.lifecycle().entries()) {
      if (entry.enteredAt().isAfter(at)) {
        break;
      }
      stage = entry.stage();
    }
    return Optional.ofNullable(stage);
  }
}
