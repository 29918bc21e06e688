package org.crmkit.core.followup;

import static org.crmkit.core.followup.FollowUpFixtures.D0;
import static org.crmkit.core.followup.FollowUpFixtures.at;
import static org.crmkit.core.followup.FollowUpFixtures.customer;
import static org.crmkit.core.followup.FollowUpFixtures.followUp;
import static org.crmkit.core.followup.FollowUpFixtures.marketing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.Test;

class FollowUpServiceTest {
  private final CrmStores stores = InMemoryStores.create();
  private final FollowUpService service = FollowUpService.over(stores,
      FollowUpRules.defaults().withCare(CareCalendar.none()));

  @Test
  void dueFollowUps_readsCustomersInteractionsAndConsentFromTheStores() {
    Customer a = stores.customers().upsert(customer("C-a"));
    Customer b = stores.customers().upsert(customer("C-b"));
    stores.consent().append(marketing(b, ConsentStatus.OPTED_OUT, at(D0)));
    service.record(followUp("F1", a, D0.plusDays(5), FollowUpPurpose.PERIODIC, FollowUpOutcome.REACHED));
    assertEquals(List.of("C-b/cadence:14d"), FollowUpFixtures.reasons(service.dueFollowUps(D0.plusDays(14))));
    FollowUpRequest ad = FollowUpFixtures.campaign(b, D0.plusDays(14));
    FollowUpPlan plan = service.plan(D0.plusDays(14), List.of(), List.of(), List.of(ad));
    assertEquals(1, plan.suppressed().size());
    assertEquals(1, plan.due().size());
  }

  @Test
  void record_unknownCustomer_throws() {
    assertThrows(IllegalArgumentException.class, () -> service.record(
        followUp("F1", customer("C-x"), D0, FollowUpPurpose.PERIODIC, FollowUpOutcome.REACHED)));
  }

  @Test
  void ratesByAccountManager_countsActiveCustomersFollowedUpInThePeriod() {
    Customer a = customer("C-a");
    Customer b = customer("C-b");
    Customer c = customer("C-c").toBuilder().accountManager("am-2").build();
    Customer d = customer("C-d").toBuilder().accountManager(Optional.empty()).build();
    Instant from = at(D0);
    Instant to = at(D0.plusDays(30));
    List<CustomerProfile> profiles = List.of(
        new CustomerProfile(a, List.of(followUp("F1", a, D0.plusDays(3), FollowUpPurpose.PERIODIC,
            FollowUpOutcome.NOT_REACHED)), List.of()),
        new CustomerProfile(b, List.of(followUp("F2", b, D0.plusDays(31), FollowUpPurpose.PERIODIC,
            FollowUpOutcome.REACHED)), List.of()),
        new CustomerProfile(c, List.of(), List.of()),
        new CustomerProfile(d, List.of(), List.of()));
    List<ManagerFollowUpRate> rates = FollowUpRates.byAccountManager(profiles, from, to);
    assertEquals(List.of(new ManagerFollowUpRate(Optional.of("am-1"), 2, 1),
        new ManagerFollowUpRate(Optional.of("am-2"), 1, 0), new ManagerFollowUpRate(Optional.empty(), 1, 0)), rates);
    assertEquals(OptionalDouble.of(0.5), rates.get(0).rate());
  }
}
