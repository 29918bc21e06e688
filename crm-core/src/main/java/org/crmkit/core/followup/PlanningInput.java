package org.crmkit.core.followup;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.crmkit.core.complaint.ComplaintCase;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.renewal.Contract;

/**
 * What a follow-up plan is made from. Immutable. Contracts renewed by a recorded {@code Renewal}
 * need not be listed: the planner derives them ({@link Contract#from}).
 *
 * @param profiles the customers with their interactions and consent histories, distinct ids
 * @param contracts contract periods known besides the renewals
 * @param complaintCases complaint cases (for follow-ups after a complaint closes)
 * @param requests on-demand, service and marketing requests
 */
public record PlanningInput(List<CustomerProfile> profiles, List<Contract> contracts,
    List<ComplaintCase> complaintCases, List<FollowUpRequest> requests) {

  /** Copies the lists. */
  public PlanningInput {
    profiles = List.copyOf(profiles);
    contracts = List.copyOf(contracts);
    complaintCases = List.copyOf(complaintCases);
    requests = List.copyOf(requests);
  }

  /**
   * Returns input with profiles only.
   *
   * @param profiles the profiles
   * @return the input
   */
  public static PlanningInput of(List<CustomerProfile> profiles) {
    return new PlanningInput(profiles, List.of(), List.of(), List.of());
  }

  /**
   * Returns a copy with contracts.
   *
   * @param more the contracts
   * @return the copy
   */
  public PlanningInput withContracts(List<Contract> more) {
    return new PlanningInput(profiles, requireNonNull(more, "more"), complaintCases, requests);
  }

  /**
   * Returns a copy with complaint cases.
   *
   * @param more the cases
   * @return the copy
   */
  public PlanningInput withComplaintCases(List<ComplaintCase> more) {
    return new PlanningInput(profiles, contracts, requireNonNull(more, "more"), requests);
  }

  /**
   * Returns a copy with requests.
   *
   * @param more the requests
   * @return the copy
   */
  public PlanningInput withRequests(List<FollowUpRequest> more) {
    return new PlanningInput(profiles, contracts, complaintCases, requireNonNull(more, "more"));
  }
}
