package org.crmkit.core.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.complaint.ComplaintCase;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.renewal.Contract;
import org.crmkit.core.renewal.RenewalPlanner;

/** The rules applied to one customer; appends to {@code out}. */
final class CustomerRules {
  private final FollowUpRules rules;
  private final Customer customer;
  private final List<Interaction> past;
  private final Contacts contacts;
  private final LocalDate asOf;
  private final List<PlannedFollowUp> out;

  CustomerRules(FollowUpRules rules, Customer customer, List<Interaction> past, LocalDate asOf,
      List<PlannedFollowUp> out) {
    this.rules = rules;
    this.customer = customer;
    this.past = past;
    this.contacts = new Contacts(past);
    this.asOf = asOf;
    this.out = out;
  }

  private LocalDate date(Instant i) {
    return i.atZone(rules.zone()).toLocalDate();
  }

  private Instant start(LocalDate d) {
    return d.atStartOfDay(rules.zone()).toInstant();
  }

  private void add(FollowUpPurpose purpose, String reason, LocalDate dueBy, Optional<Channel> channel) {
    long overdue = Math.max(0, ChronoUnit.DAYS.between(dueBy, asOf));
    out.add(new PlannedFollowUp(customer.id(), purpose, reason, dueBy, overdue, channel.orElseGet(this::channel),
        customer.accountManager()));
  }

  private Channel channel() {
    Optional<Channel> last = contacts.lastChannel();
    if (last.isPresent()) {
      return last.get();
    }
    if (!customer.phones().isEmpty()) {
      return Channel.PHONE;
    }
    if (!customer.emails().isEmpty()) {
      return Channel.EMAIL;
    }
    return customer.addresses().isEmpty() ? Channel.OTHER : Channel.VISIT;
  }

  private boolean listed(LocalDate dueBy) {
    return !asOf.isBefore(dueBy.minusDays(rules.lookAheadDays()));
  }

  void cadence() {
    int days = rules.cadence().intervalDays(customer);
    LocalDate last = date(contacts.last().map(Interaction::occurredAt).orElse(customer.createdAt()));
    LocalDate dueBy = last.plusDays(days);
    if (listed(dueBy)) {
      add(FollowUpPurpose.PERIODIC, "cadence:" + days + "d", dueBy, Optional.empty());
    }
  }

  void afterPurchase() {
    Optional<Purchase> latest = past.stream().filter(Purchase.class::isInstance).map(Purchase.class::cast)
        .reduce((a, b) -> b);
    latest.ifPresent(p -> {
      LocalDate dueBy = date(p.occurredAt()).plusDays(rules.milestones().afterPurchaseDays());
      if (listed(dueBy) && !asOf.isAfter(dueBy.plusDays(rules.milestones().expireAfterDays()))
          && !contacts.anySince(p.occurredAt())) {
        add(FollowUpPurpose.MILESTONE, "after-purchase:" + p.orderId(), dueBy, Optional.empty());
      }
    });
  }

  void beforeRenewals(List<Contract> known) {
    List<Renewal> renewals = past.stream().filter(Renewal.class::isInstance).map(Renewal.class::cast).toList();
    Map<String, Contract> latest = new HashMap<>();
    List<Contract> all = new ArrayList<>(known);
    renewals.stream().filter(x -> x.outcome() == RenewalOutcome.RENEWED || x.outcome() == RenewalOutcome.CHANGED)
        .map(Contract::from).forEach(all::add);
    for (Contract c : all) {
      latest.merge(c.contractId(), c, (a, b) -> b.start().isAfter(a.start()) ? b : a);
    }
    latest.values().stream().sorted(Comparator.comparing(Contract::contractId)).forEach(c -> {
      LocalDate dueBy = c.end().minusDays(rules.milestones().beforeRenewalDays());
      LocalDate listFrom = dueBy.minusDays(rules.lookAheadDays());
      if (listed(dueBy) && !asOf.isAfter(c.end()) && !RenewalPlanner.isDecided(c, renewals)
          && !contacts.anySince(start(listFrom))) {
        add(FollowUpPurpose.MILESTONE, "before-renewal:" + c.contractId(), dueBy, Optional.empty());
      }
    });
  }

  void afterComplaints(List<ComplaintCase> cases) {
    cases.stream().sorted(Comparator.comparing(ComplaintCase::id)).forEach(c -> c.closedAt().ifPresent(closed -> {
      LocalDate dueBy = date(closed).plusDays(rules.milestones().afterComplaintClosedDays());
      if (!closed.isAfter(start(asOf.plusDays(1))) && listed(dueBy)
          && !asOf.isAfter(dueBy.plusDays(rules.milestones().expireAfterDays())) && !contacts.anySince(closed)) {
        add(FollowUpPurpose.MILESTONE, "after-complaint:" + c.id(), dueBy, Optional.empty());
      }
    }));
  }

  void care() {
    CareCalendar care = rules.care();
    if (care.birthdays()) {
      customer.birthDate().flatMap(b -> care.birthdayInWindow(b, asOf)).ifPresent(d -> {
        if (!contacts.anySince(start(d.minusDays(care.leadDays())), FollowUpPurpose.CARE)) {
          add(FollowUpPurpose.CARE, "birthday", d, Optional.empty());
        }
      });
    }
    for (Holiday h : care.holidays()) {
      LocalDate d = h.date();
      if (!asOf.isAfter(d) && !asOf.isBefore(d.minusDays(care.leadDays()))
          && !contacts.anySince(start(d.minusDays(care.leadDays())), FollowUpPurpose.CARE)) {
        add(FollowUpPurpose.CARE, "holiday:" + h.code(), d, Optional.empty());
      }
    }
  }

  void requests(List<FollowUpRequest> requests) {
    for (FollowUpRequest q : requests) {
      if (!asOf.isBefore(q.requestedOn()) && !contacts.anySince(start(q.requestedOn()), q.purpose())) {
        add(q.purpose(), q.reason(), q.dueBy(), q.channel());
      }
    }
  }
}
