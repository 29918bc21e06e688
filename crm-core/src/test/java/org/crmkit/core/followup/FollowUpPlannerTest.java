package org.crmkit.core.followup;

import static org.crmkit.core.followup.FollowUpFixtures.D0;
import static org.crmkit.core.followup.FollowUpFixtures.at;
import static org.crmkit.core.followup.FollowUpFixtures.campaign;
import static org.crmkit.core.followup.FollowUpFixtures.customer;
import static org.crmkit.core.followup.FollowUpFixtures.followUp;
import static org.crmkit.core.followup.FollowUpFixtures.marketing;
import static org.crmkit.core.followup.FollowUpFixtures.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.complaint.ComplaintCase;
import org.crmkit.core.complaint.ServiceLevels;
import org.crmkit.core.consent.ConsentBasis;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.renewal.Contract;
import org.junit.jupiter.api.Test;

class FollowUpPlannerTest {
  private static final FollowUpRules NO_CARE = FollowUpRules.defaults().withCare(CareCalendar.none());
  private final FollowUpPlanner planner = FollowUpPlanner.of(NO_CARE);

  private static CustomerProfile profile(Customer c, List<Interaction> interactions) {
    return new CustomerProfile(c, interactions, List.of());
  }

  @Test
  void cadence_dueFourteenDaysAfterLastContact() {
    Customer c = customer("C1");
    CustomerProfile p = profile(c, List.of(followUp("F1", c, D0.plusDays(2), FollowUpPurpose.PERIODIC,
        FollowUpOutcome.REACHED)));
    assertEquals(List.of(), planner.dueFollowUps(List.of(p), D0.plusDays(15)));
    List<PlannedFollowUp> due = planner.dueFollowUps(List.of(p), D0.plusDays(16));
    assertEquals(List.of("C1/cadence:14d"), reasons(due));
    assertEquals(D0.plusDays(16), due.get(0).dueBy());
    assertEquals(Channel.EMAIL, due.get(0).channel()); // channel of the last contact
    assertEquals(Optional.of("am-1"), due.get(0).accountManager());
    assertEquals(3, planner.dueFollowUps(List.of(p), D0.plusDays(19)).get(0).overdueDays());
  }

  @Test
  void cadence_unansweredFollowUpIsNoContact_neverContactedCountsFromCreation() {
    Customer c = customer("C1");
    CustomerProfile p = profile(c, List.of(followUp("F1", c, D0.plusDays(10), FollowUpPurpose.PERIODIC,
        FollowUpOutcome.NOT_REACHED)));
    List<PlannedFollowUp> due = planner.dueFollowUps(List.of(p), D0.plusDays(14));
    assertEquals(D0.plusDays(14), due.get(0).dueBy());
    assertEquals(Channel.PHONE, due.get(0).channel()); // no contact yet: the customer's phone
  }

  @Test
  void cadence_bySegmentAndTag_tagWins() {
    CadencePolicy policy = CadencePolicy.defaults().withSegment(ValueSegment.HIGH_VALUE, 7).withTag("tier:diamond", 3);
    Customer plain = customer("C1");
    Customer high = customer("C2").toBuilder().segment(ValueSegment.HIGH_VALUE).build();
    Customer diamond = high.toBuilder().id(CustomerId.of("C3")).addTag("tier:diamond").build();
    assertEquals(14, policy.intervalDays(plain));
    assertEquals(7, policy.intervalDays(high));
    assertEquals(3, policy.intervalDays(diamond));
    assertThrows(IllegalArgumentException.class, () -> CadencePolicy.everyDays(0));
  }

  @Test
  void lookAhead_listsBeforeTheDueDate() {
    Customer c = customer("C1");
    FollowUpPlanner early = FollowUpPlanner.of(NO_CARE.withLookAheadDays(3));
    assertEquals(1, early.dueFollowUps(List.of(profile(c, List.of())), D0.plusDays(11)).size());
    assertEquals(0, early.dueFollowUps(List.of(profile(c, List.of())), D0.plusDays(10)).size());
  }

  @Test
  void afterPurchase_dueSevenDaysLater_untilContactedOrExpired() {
    Customer c = customer("C1");
    Purchase buy = new Purchase(InteractionId.of("P1"), c.id(), at(D0.plusDays(1)), Channel.STORE, "O-1",
        Money.of("99", "CNY"), List.of(), PaymentStatus.PAID, DeliveryStatus.DELIVERED);
    CustomerProfile p = profile(c, List.of(buy));
    FollowUpPlanner milestonesOnly = FollowUpPlanner.of(NO_CARE.withCadence(CadencePolicy.everyDays(1000)));
    assertEquals(List.of(), milestonesOnly.dueFollowUps(List.of(p), D0.plusDays(7)));
    assertEquals(List.of("C1/after-purchase:O-1"), reasons(milestonesOnly.dueFollowUps(List.of(p), D0.plusDays(8))));
    assertEquals(List.of(), milestonesOnly.dueFollowUps(List.of(p), D0.plusDays(8 + 31)));
    CustomerProfile contacted = profile(c, List.of(buy, followUp("F1", c, D0.plusDays(3), FollowUpPurpose.SERVICE,
        FollowUpOutcome.REACHED)));
    assertEquals(List.of(), milestonesOnly.dueFollowUps(List.of(contacted), D0.plusDays(8)));
  }

  @Test
  void beforeRenewal_dueThirtyDaysBeforeTheEnd_untilTheEnd() {
    Customer c = customer("C1");
    Contract k = Contract.of("K-1", c.id(), D0, Period.ofMonths(6), Money.of("1000", "CNY"));
    FollowUpPlanner milestonesOnly = FollowUpPlanner.of(NO_CARE.withCadence(CadencePolicy.everyDays(1000)));
    PlanningInput in = PlanningInput.of(List.of(profile(c, List.of()))).withContracts(List.of(k));
    LocalDate dueBy = k.end().minusDays(30);
    assertEquals(List.of(), milestonesOnly.plan(in, dueBy.minusDays(1)).due());
    assertEquals(List.of("C1/before-renewal:K-1"), reasons(milestonesOnly.plan(in, dueBy).due()));
    assertEquals(1, milestonesOnly.plan(in, k.end()).due().size());
    assertEquals(0, milestonesOnly.plan(in, k.end().plusDays(1)).due().size());
  }

  @Test
  void afterComplaintClosed_dueSevenDaysAfterTheClose() {
    Customer c = customer("C1");
    ServiceLevels levels = ServiceLevels.defaults();
    ComplaintCase k = ComplaintCase.open(new Complaint(InteractionId.of("K1"), c.id(), at(D0), Channel.PHONE,
        Urgency.NORMAL, at(D0).plusSeconds(3600), ComplaintCause.DELIVERY, ComplaintStatus.RECEIVED, "late"));
    for (ComplaintStatus s : List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.RESPONDED, ComplaintStatus.TRACKING,
        ComplaintStatus.CLOSED)) {
      k = k.moveTo(s, "rep-1", at(D0.plusDays(2)), levels);
    }
    FollowUpPlanner milestonesOnly = FollowUpPlanner.of(NO_CARE.withCadence(CadencePolicy.everyDays(1000)));
    PlanningInput in = PlanningInput.of(List.of(profile(c, List.of()))).withComplaintCases(List.of(k));
    assertEquals(List.of(), milestonesOnly.plan(in, D0.plusDays(8)).due());
    assertEquals(List.of("C1/after-complaint:K1"), reasons(milestonesOnly.plan(in, D0.plusDays(9)).due()));
  }

  @Test
  void care_birthdayAndHolidayWindows_onlyCareFollowUpSatisfies() {
    Customer c = customer("C1").toBuilder().birthDate(Optional.of(LocalDate.of(1990, 3, 20))).build();
    CareCalendar cal = CareCalendar.birthdaysOnly()
        .withHolidays(List.of(Holiday.on("qingming", LocalDate.of(2024, 4, 4))))
        .withHolidays(Holiday.yearly("new-year", MonthDay.of(1, 1), 2024, 2025));
    FollowUpPlanner carer = FollowUpPlanner.of(NO_CARE.withCare(cal).withCadence(CadencePolicy.everyDays(1000)));
    CustomerProfile p = profile(c, List.of());
    assertEquals(List.of(), carer.dueFollowUps(List.of(p), LocalDate.of(2024, 3, 16)));
    assertEquals(List.of("C1/birthday"), reasons(carer.dueFollowUps(List.of(p), LocalDate.of(2024, 3, 17))));
    assertEquals(List.of(), carer.dueFollowUps(List.of(p), LocalDate.of(2024, 3, 21)));
    assertEquals(List.of("C1/holiday:qingming"), reasons(carer.dueFollowUps(List.of(p), LocalDate.of(2024, 4, 2))));
    assertEquals(List.of("C1/holiday:new-year"), reasons(carer.dueFollowUps(List.of(p), LocalDate.of(2024, 12, 30))));
    CustomerProfile greeted = profile(c, List.of(followUp("F1", c, LocalDate.of(2024, 3, 18), FollowUpPurpose.CARE,
        FollowUpOutcome.REACHED)));
    assertEquals(List.of(), carer.dueFollowUps(List.of(greeted), LocalDate.of(2024, 3, 19)));
  }

  @Test
  void care_leapDayBirthday_fallsOnFebruary28() {
    Customer c = customer("C1").toBuilder().birthDate(Optional.of(LocalDate.of(1992, 2, 29))).build();
    FollowUpPlanner carer = FollowUpPlanner.of(NO_CARE.withCare(CareCalendar.birthdaysOnly())
        .withCadence(CadencePolicy.everyDays(1000)));
    List<PlannedFollowUp> due = carer.dueFollowUps(List.of(profile(c, List.of())), LocalDate.of(2023, 2, 27));
    assertEquals(LocalDate.of(2023, 2, 28), due.get(0).dueBy());
  }

  @Test
  void marketing_optedOutCustomer_isSuppressed_serviceStays() {
    Customer out = customer("C-out");
    Customer in = customer("C-in");
    CustomerProfile pOut = new CustomerProfile(out, List.of(), List.of(marketing(out, ConsentStatus.OPTED_OUT, at(D0))));
    CustomerProfile pIn = new CustomerProfile(in, List.of(), List.of());
    FollowUpRequest service = new FollowUpRequest(out.id(), FollowUpPurpose.SERVICE, "repair-check", D0.plusDays(1),
        D0.plusDays(2), Optional.empty());
    PlanningInput input = PlanningInput.of(List.of(pOut, pIn))
        .withRequests(List.of(campaign(out, D0.plusDays(1)), campaign(in, D0.plusDays(1)), service));
    FollowUpPlan plan = planner.plan(input, D0.plusDays(2));
    assertEquals(List.of("C-out/repair-check", "C-in/campaign:spring"), reasons(plan.due()));
    assertEquals(1, plan.suppressed().size());
    assertEquals(ConsentBasis.OPTED_OUT, plan.suppressed().get(0).decision().basis());
  }

  @Test
  void marketing_optOutLaterOnTheAsOfDay_isSuppressedThatDay() {
    Customer c = customer("C1");
    CustomerProfile p = new CustomerProfile(c, List.of(),
        List.of(marketing(c, ConsentStatus.OPTED_OUT, at(D0.plusDays(2)).plusSeconds(3600 * 5))));
    PlanningInput input = PlanningInput.of(List.of(p)).withRequests(List.of(campaign(c, D0)));
    assertEquals(1, planner.plan(input, D0.plusDays(1)).due().size());
    assertEquals(0, planner.plan(input, D0.plusDays(2)).due().size());
  }

  @Test
  void marketing_careCanBeDeclaredMarketing() {
    Customer c = customer("C1").toBuilder().birthDate(Optional.of(LocalDate.of(1990, 3, 5))).build();
    CustomerProfile p = new CustomerProfile(c, List.of(), List.of(marketing(c, ConsentStatus.OPTED_OUT, at(D0))));
    FollowUpRules rules = FollowUpRules.defaults().withCadence(CadencePolicy.everyDays(1000));
    assertEquals(1, FollowUpPlanner.of(rules).dueFollowUps(List.of(p), D0.plusDays(3)).size());
    FollowUpRules careIsMarketing = rules.withMarketingPurposes(Set.of(FollowUpPurpose.MARKETING, FollowUpPurpose.CARE));
    assertEquals(0, FollowUpPlanner.of(careIsMarketing).dueFollowUps(List.of(p), D0.plusDays(3)).size());
    assertThrows(IllegalArgumentException.class, () -> rules.withMarketingPurposes(Set.of(FollowUpPurpose.CARE)));
  }

  @Test
  void priority_earliestDueFirst_thenServiceBeforePeriodic() {
    Customer a = customer("C-a");
    Customer b = customer("C-b");
    FollowUpRequest service = new FollowUpRequest(b.id(), FollowUpPurpose.SERVICE, "install-check", D0, D0.plusDays(14),
        Optional.empty());
    PlanningInput input = PlanningInput.of(List.of(profile(b, List.of()), profile(a, List.of())))
        .withRequests(List.of(service));
    assertEquals(List.of("C-b/install-check", "C-a/cadence:14d", "C-b/cadence:14d"),
        reasons(planner.plan(input, D0.plusDays(14)).due()));
  }

  @Test
  void exitCustomers_getNoCadence() {
    Customer c = customer("C1");
    Customer gone = c.toBuilder().lifecycle(c.lifecycle().moveTo(new org.crmkit.core.customer.StageEntry(
        org.crmkit.core.customer.LifecycleStage.EXIT, at(D0), Optional.of("moved-away")))).build();
    assertEquals(List.of(), planner.dueFollowUps(List.of(profile(gone, List.of())), D0.plusDays(60)));
    assertTrue(planner.dueFollowUps(List.of(profile(c, List.of())), D0.plusDays(60)).size() == 1);
  }
}
