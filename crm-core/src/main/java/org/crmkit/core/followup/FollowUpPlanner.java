package org.crmkit.core.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.complaint.ComplaintCase;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.renewal.Contract;

/**
 * Plans follow-ups (回访计划, seeds 001 and 002) as of a date. Immutable and thread-safe; a pure
 * function of its rules, its input and the date (interactions after the as-of day are ignored).
 *
 * <p>Rules, per customer not in {@code EXIT} (requests apply to every customer):
 *
 * <ol>
 *   <li><b>Cadence</b> ({@code PERIODIC}): due {@link CadencePolicy#intervalDays} days after the
 *       last contact (see below), or after the customer was created if never contacted.
 *   <li><b>After a purchase</b> ({@code MILESTONE}): due {@link MilestoneRules#afterPurchaseDays}
 *       after the latest purchase, unless contacted since; dropped {@link
 *       MilestoneRules#expireAfterDays} after it was due.
 *   <li><b>Before a renewal</b> ({@code MILESTONE}): for the latest period of each contract not yet
 *       decided, due {@link MilestoneRules#beforeRenewalDays} before its last day, unless contacted
 *       since it was listed; dropped after the last day.
 *   <li><b>After a complaint closed</b> ({@code MILESTONE}): due {@link
 *       MilestoneRules#afterComplaintClosedDays} after the close, unless contacted since.
 *   <li><b>Care</b> ({@code CARE}): birthdays and holidays by the {@link CareCalendar}.
 *   <li><b>Requests</b>: as described in {@link FollowUpRequest}.
 * </ol>
 *
 * <p>A <em>contact</em> is a follow-up whose outcome is reached or declined, or any communication.
 * Cadence and milestone follow-ups are listed {@link FollowUpRules#lookAheadDays} before they are
 * due and stay listed until done.
 *
 * <p><b>The consent rule.</b> A follow-up whose purpose is in {@link
 * FollowUpRules#marketingPurposes} (always {@code MARKETING}) is planned only if the customer's
 * {@link Purpose#DIRECT_MARKETING} consent allows it both at the start and at the end of the as-of
 * day in the rules' zone, so that a change of mind that day never lets marketing through; otherwise
 * it goes to {@link FollowUpPlan#suppressed()}. Periodic, milestone, care, service and on-demand
 * follow-ups are relationship and service contacts, not direct marketing, and stay planned for
 * customers who opted out (they must not be used to market).
 *
 * <p>The channel is the request's, else the channel of the last contact, else phone, e-mail or
 * visit by the contact points the customer has, else {@code OTHER}.
 */
public final class FollowUpPlanner {
  /**
   * Priority order: earliest due first; then service, milestone, on demand, care, periodic,
   * marketing; then customer id and reason.
   */
  public static final Comparator<PlannedFollowUp> PRIORITY = Comparator.comparing(PlannedFollowUp::dueBy)
      .thenComparing(p -> rank(p.purpose()))
      .thenComparing(PlannedFollowUp::customerId)
      .thenComparing(PlannedFollowUp::reason);

  private final FollowUpRules rules;

  private FollowUpPlanner(FollowUpRules rules) {
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Returns a planner.
   *
   * @param rules the rules
   * @return the planner
   */
  public static FollowUpPlanner of(FollowUpRules rules) {
    return new FollowUpPlanner(rules);
  }

  /** Returns the rules. */
  public FollowUpRules rules() {
    return rules;
  }

  private static int rank(FollowUpPurpose p) {
    switch (p) {
      case SERVICE:
        return 0;
      case MILESTONE:
        return 1;
      case ON_DEMAND:
        return 2;
      case CARE:
        return 3;
      case PERIODIC:
        return 4;
      default:
        return 5;
    }
  }

  /**
   * Returns who to contact as of {@code asOf}, in {@link #PRIORITY} order, never a marketing
   * contact for a customer who opted out of direct marketing.
   *
   * @param profiles the customers
   * @param asOf the date
   * @return the due follow-ups
   */
  public List<PlannedFollowUp> dueFollowUps(List<CustomerProfile> profiles, LocalDate asOf) {
    return plan(PlanningInput.of(profiles), asOf).due();
  }

  /**
   * Plans follow-ups as of {@code asOf} by the rules in the class description.
   *
   * @param input the customers, contracts, complaint cases and requests
   * @param asOf the date
   * @return the plan
   */
  public FollowUpPlan plan(PlanningInput input, LocalDate asOf) {
    requireNonNull(input, "input");
    requireNonNull(asOf, "asOf");
    Instant dayStart = asOf.atStartOfDay(rules.zone()).toInstant();
    Instant cutoff = asOf.plusDays(1).atStartOfDay(rules.zone()).toInstant();
    Map<CustomerId, List<ComplaintCase>> cases = group(input.complaintCases(), c -> c.complaint().customerId());
    Map<CustomerId, List<Contract>> contracts = group(input.contracts(), Contract::customerId);
    Map<CustomerId, List<FollowUpRequest>> requests = group(input.requests(), FollowUpRequest::customerId);
    List<PlannedFollowUp> due = new ArrayList<>();
    List<SuppressedFollowUp> suppressed = new ArrayList<>();
    for (CustomerProfile profile : input.profiles()) {
      Customer customer = profile.customer();
      List<Interaction> past = profile.interactions().stream().filter(i -> i.occurredAt().isBefore(cutoff))
          .sorted(Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id)).toList();
      List<PlannedFollowUp> items = new ArrayList<>();
      CustomerRules r = new CustomerRules(rules, customer, past, asOf, items);
      if (customer.stage() != LifecycleStage.EXIT) {
        r.cadence();
        r.afterPurchase();
        r.beforeRenewals(contracts.getOrDefault(customer.id(), List.of()));
        r.afterComplaints(cases.getOrDefault(customer.id(), List.of()));
        r.care();
      }
      r.requests(requests.getOrDefault(customer.id(), List.of()));
      ConsentLedger ledger = profile.consent();
      for (PlannedFollowUp p : items) {
        Optional<ConsentDecision> denied = rules.marketingPurposes().contains(p.purpose())
            ? deniedMarketing(ledger, dayStart, cutoff.minusNanos(1)) : Optional.empty();
        if (denied.isPresent()) {
          suppressed.add(new SuppressedFollowUp(p, denied.get()));
        } else {
          due.add(p);
        }
      }
    }
    due.sort(PRIORITY);
    suppressed.sort(Comparator.comparing(SuppressedFollowUp::followUp, PRIORITY));
    return new FollowUpPlan(asOf, due, suppressed);
  }

  private static Optional<ConsentDecision> deniedMarketing(ConsentLedger ledger, Instant start, Instant end) {
    ConsentDecision atStart = ledger.decide(Purpose.DIRECT_MARKETING, start);
    if (!atStart.allowed()) {
      return Optional.of(atStart);
    }
    ConsentDecision atEnd = ledger.decide(Purpose.DIRECT_MARKETING, end);
    return atEnd.allowed() ? Optional.empty() : Optional.of(atEnd);
  }

  private static <T> Map<CustomerId, List<T>> group(List<T> items, java.util.function.Function<T, CustomerId> key) {
    Map<CustomerId, List<T>> out = new HashMap<>();
    for (T t : items) {
      out.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    return out;
  }
}
