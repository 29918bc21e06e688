package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.complaint.ComplaintCase;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.renewal.Contract;
import org.crmkit.core.spi.CrmStores;

/**
 * Follow-up planning over the storage SPI: reads every customer with its interactions and consent
 * history, plans with a {@link FollowUpPlanner}, records outcomes as {@link FollowUp}
 * interactions, and computes the follow-up rate per account manager. Thread-safe if the stores
 * are. Reads all customers into memory; fine for the demo and small hosts, a batch host shards by
 * customer and calls the planner itself.
 */
public final class FollowUpService {
  private final CrmStores stores;
  private final FollowUpPlanner planner;

  private FollowUpService(CrmStores stores, FollowUpPlanner planner) {
    this.stores = requireNonNull(stores, "stores");
    this.planner = requireNonNull(planner, "planner");
  }

  /**
   * Returns a service over the stores.
   *
   * @param stores the stores
   * @param rules the planning rules
   * @return the service
   */
  public static FollowUpService over(CrmStores stores, FollowUpRules rules) {
    return new FollowUpService(stores, FollowUpPlanner.of(rules));
  }

  /**
   * Returns who to contact as of {@code asOf}, in priority order; never a marketing contact for a
   * customer who opted out of direct marketing (see {@link FollowUpPlanner}).
   *
   * @param asOf the date
   * @return the due follow-ups
   */
  public List<PlannedFollowUp> dueFollowUps(LocalDate asOf) {
    return plan(asOf, List.of(), List.of(), List.of()).due();
  }

  /**
   * Plans as of {@code asOf} with extra input.
   *
   * @param asOf the date
   * @param contracts contract periods known besides the recorded renewals
   * @param complaintCases complaint cases
   * @param requests follow-up requests
   * @return the plan
   */
  public FollowUpPlan plan(LocalDate asOf, List<Contract> contracts, List<ComplaintCase> complaintCases,
      List<FollowUpRequest> requests) {
    requireNonNull(asOf, "asOf");
    PlanningInput input = PlanningInput.of(profiles()).withContracts(contracts).withComplaintCases(complaintCases)
        .withRequests(requests);
    return planner.plan(input, asOf);
  }

  /**
   * Records the outcome of a follow-up as an interaction.
   *
   * @param followUp the follow-up made, for a stored customer
   * @throws IllegalArgumentException if the customer is not stored
   */
  public void record(FollowUp followUp) {
    requireNonNull(followUp, "followUp");
    checkArgument(stores.customers().findById(followUp.customerId()).isPresent(),
        "followUp customer must be stored but %s was not", followUp.customerId());
    stores.interactions().upsert(followUp);
  }

  /**
   * Returns the follow-up rate per account manager in {@code [from, to)} ({@link FollowUpRates}).
   *
   * @param from the period start
   * @param to the period end, exclusive
   * @return the rates
   */
  public List<ManagerFollowUpRate> ratesByAccountManager(Instant from, Instant to) {
    return FollowUpRates.byAccountManager(profiles(), from, to);
  }

  private List<CustomerProfile> profiles() {
    try (Stream<Customer> customers = stores.customers().scan()) {
      return customers.map(c -> new CustomerProfile(c, stores.interactions().byCustomer(c.id()),
          stores.consent().history(c.id()))).toList();
    }
  }
}
