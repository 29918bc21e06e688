package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.crmkit.core.complaint.ComplaintFlow;
import org.crmkit.core.complaint.ComplaintQueue;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.followup.FollowUpPlan;
import org.crmkit.core.followup.FollowUpPlanner;
import org.crmkit.core.followup.FollowUpRules;
import org.crmkit.core.followup.PlannedFollowUp;
import org.crmkit.core.followup.PlanningInput;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.reception.Assignment;
import org.crmkit.core.reception.ReceptionRotation;
import org.crmkit.core.reception.Visitor;
import org.crmkit.core.renewal.RenewalDue;
import org.crmkit.core.renewal.RenewalPlanner;
import org.crmkit.core.spi.CrmStores;

/**
 * The operations section of {@code crm demo}: the follow-ups due on the as-of date ({@link
 * FollowUpPlanner}, default rules in China time), the complaints overdue at the start of that date
 * ({@link ComplaintQueue}), the renewals due within {@value #RENEWAL_WINDOW_DAYS} days ({@link
 * RenewalPlanner}) and one scripted rotation of reception ({@link ReceptionRotation}). Read from
 * the stores through the SPI, a chunk of customers at a time; lists show the first {@value #SHOWN}
 * items by ids, dates and codes only. Deterministic. Stateless.
 */
public final class OperationsSummary {
  /** Items listed under each count. */
  static final int SHOWN = 5;
  /** The renewal window. */
  static final int RENEWAL_WINDOW_DAYS = 30;
  /** The reception roster of the scripted rotation. */
  static final List<String> REPS = List.of("AM-001", "AM-002", "AM-003", "AM-004");
  private static final int CHUNK = 2_000;

  private OperationsSummary() {}

  /**
   * Renders the section.
   *
   * @param base the base that was loaded (for its as-of date)
   * @param stores the stores it was loaded into
   * @return the text, starting with a blank line, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores) {
    requireNonNull(base, "base");
    requireNonNull(stores, "stores");
    LocalDate asOf = base.asOf();
    Instant at = base.asOfInstant();
    FollowUpPlanner planner = FollowUpPlanner.of(FollowUpRules.defaults().withZone(ZoneOffset.ofHours(8)));
    Map<FollowUpPurpose, Long> purposes = new EnumMap<>(FollowUpPurpose.class);
    List<PlannedFollowUp> followUps = new ArrayList<>();
    List<Complaint> overdue = new ArrayList<>();
    List<RenewalDue> renewals = new ArrayList<>();
    long[] n = new long[5]; // follow-ups due, suppressed, complaints overdue, awaiting a reply, renewals due
    long pending = 0;
    List<CustomerProfile> chunk = new ArrayList<>(CHUNK);
    try (Stream<Customer> scan = stores.customers().scan()) {
      for (Customer c : (Iterable<Customer>) scan::iterator) {
        chunk.add(new CustomerProfile(c, stores.interactions().byCustomer(c.id()), stores.consent().history(c.id())));
        if (chunk.size() == CHUNK) {
          pending += add(chunk, planner, asOf, at, purposes, followUps, overdue, renewals, n);
          chunk.clear();
        }
      }
    }
    pending += add(chunk, planner, asOf, at, purposes, followUps, overdue, renewals, n);

    Text out = new Text();
    out.blank();
    out.line("Operations on %s", asOf);
    StringBuilder why = new StringBuilder();
    purposes.forEach((p, k) -> why.append(why.length() == 0 ? "" : ", ")
        .append(p.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(String.format(Locale.ROOT, " %,d", k)));
    out.line("  %-32s %,9d  (%s; %,d marketing suppressed by consent)", "follow-ups due today", n[0], why, n[1]);
    for (PlannedFollowUp p : followUps) {
      out.line("    %-10s %-10s %-26s due %s  %s", p.customerId().value(), p.purpose().name(), p.reason(), p.dueBy(),
          p.channel().name());
    }
    out.line("  %-32s %,9d  (of %,d awaiting a reply)", "complaints overdue", n[2], n[3]);
    for (Complaint c : overdue) {
      out.line("    %-16s %-10s reply due %s  %s %s", c.id().value(), c.customerId().value(), c.replyDueAt(),
          c.urgency().name(), c.cause().name());
    }
    out.line("  %-32s %,9d  (%,d with a pending renewal)", "renewals due within " + RENEWAL_WINDOW_DAYS + " days",
        n[4], pending);
    for (RenewalDue d : renewals) {
      out.line("    %-16s %-10s ends %s  (%d days left)", d.contract().contractId(), d.contract().customerId().value(),
          d.contract().end(), d.daysLeft());
    }
    reception(out);
    return out.toString();
  }

  /** Plans one chunk, adds its counts to {@code n} and keeps the first items; returns the pending renewals. */
  private static long add(List<CustomerProfile> chunk, FollowUpPlanner planner, LocalDate asOf, Instant at,
      Map<FollowUpPurpose, Long> purposes, List<PlannedFollowUp> followUps, List<Complaint> overdue,
      List<RenewalDue> renewals, long[] n) {
    FollowUpPlan plan = planner.plan(PlanningInput.of(chunk), asOf);
    n[0] += plan.due().size();
    n[1] += plan.suppressed().size();
    plan.due().forEach(p -> purposes.merge(p.purpose(), 1L, Long::sum));
    keepFirst(followUps, plan.due(), FollowUpPlanner.PRIORITY);
    List<Complaint> late = new ArrayList<>();
    for (CustomerProfile p : chunk) {
      for (Interaction i : p.interactions()) {
        if (i instanceof Complaint && i.occurredAt().isBefore(at)) {
          Complaint c = (Complaint) i;
          n[3] += ComplaintFlow.awaitsReply(c.status()) ? 1 : 0;
          if (ComplaintQueue.isOverdue(c, at)) {
            late.add(c);
          }
        }
      }
    }
    n[2] += late.size();
    keepFirst(overdue, late, ComplaintQueue.MOST_OVERDUE_FIRST);
    List<RenewalDue> due = RenewalPlanner.dueAmong(chunk, List.of(), asOf, RENEWAL_WINDOW_DAYS);
    n[4] += due.size();
    keepFirst(renewals, due, Comparator.comparing((RenewalDue d) -> d.contract().end())
        .thenComparing(d -> d.contract().contractId()).thenComparing(d -> d.contract().customerId()));
    return due.stream().filter(d -> d.pending().isPresent()).count();
  }

  private static <T> void keepFirst(List<T> kept, List<T> more, Comparator<? super T> order) {
    kept.addAll(more);
    kept.sort(order);
    if (kept.size() > SHOWN) {
      kept.subList(SHOWN, kept.size()).clear();
    }
  }

  /** One scripted rotation: new, named and returning visitors, a rep away and back (seed 002). */
  private static void reception(Text out) {
    ReceptionRotation rotation = ReceptionRotation.of(REPS);
    List<Assignment> log = new ArrayList<>();
    log.add(rotation.receive(Visitor.newVisitor("V-01")));
    log.add(rotation.receive(Visitor.newVisitor("V-02")));
    log.add(rotation.receive(Visitor.naming("V-03", "AM-004")));
    rotation.away("AM-003");
    log.add(rotation.receive(Visitor.newVisitor("V-04")));
    log.add(rotation.receive(Visitor.returning("V-05", "AM-003")));
    log.add(rotation.receive(Visitor.newVisitor("V-06")));
    rotation.back("AM-003");
    log.add(rotation.receive(Visitor.newVisitor("V-07")));
    log.add(rotation.receive(Visitor.newVisitor("V-08")));
    out.line("  %-32s %,9d  (reps %s; AM-003 away for V-04..V-06)", "reception rotation", log.size(),
        String.join(", ", REPS));
    for (Assignment a : log) {
      out.line("    %d. %s -> %s  %s", a.sequence(), a.visitorRef(), a.rep(), a.explanation());
    }
    StringBuilder turns = new StringBuilder();
    rotation.turns().forEach((rep, k) -> turns.append(turns.length() == 0 ? "" : ", ").append(rep).append(' ').append(k));
    out.line("    turns taken: %s", turns);
  }

  /** The text being built. */
  private static final class Text {
    private final StringBuilder sb = new StringBuilder();

    void line(String format, Object... args) {
      sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    void blank() {
      sb.append('\n');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
