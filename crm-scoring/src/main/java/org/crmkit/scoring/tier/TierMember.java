package org.crmkit.scoring.tier;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;

/**
 * A member of a tier programme: who, since when, and any manual overrides. Immutable.
 *
 * @param customerId the customer
 * @param enrolledOn the enrolment day; nothing before it counts
 * @param overrides manual overrides, any order
 */
public record TierMember(CustomerId customerId, LocalDate enrolledOn, List<TierOverride> overrides) {

  /** Validates the member. */
  public TierMember {
    requireNonNull(customerId, "customerId");
    requireNonNull(enrolledOn, "enrolledOn");
    overrides = List.copyOf(overrides);
  }

  /**
   * Returns a member without overrides.
   *
   * @param customerId the customer
   * @param enrolledOn the enrolment day
   * @return the member
   */
  public static TierMember of(CustomerId customerId, LocalDate enrolledOn) {
    return new TierMember(customerId, enrolledOn, List.of());
  }

  /**
   * Returns a customer as a member enrolled on the day its record was created.
   *
   * @param customer the customer
   * @param zone the zone in which days are counted
   * @return the member, without overrides
   */
  public static TierMember from(Customer customer, ZoneId zone) {
    requireNonNull(customer, "customer");
    requireNonNull(zone, "zone");
    return of(customer.id(), LocalDate.ofInstant(customer.createdAt(), zone));
  }

  /**
   * Returns a copy with an override added.
   *
   * @param override the override
   * @return the copy
   */
  public TierMember withOverride(TierOverride override) {
    requireNonNull(override, "override");
    List<TierOverride> all = new ArrayList<>(overrides);
    all.add(override);
    return new TierMember(customerId, enrolledOn, all);
  }
}
