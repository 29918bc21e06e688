package org.crmkit.core.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.FollowUpMethod;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.InteractionId;

/** Shared values of the follow-up tests. */
final class FollowUpFixtures {
  private FollowUpFixtures() {}

  static final LocalDate D0 = LocalDate.of(2024, 3, 1);

  static Instant at(LocalDate d) {
    return d.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  static Customer customer(String id) {
    return Customer.builder(CustomerId.of(id), CustomerType.INDIVIDUAL, "王小明", at(D0))
        .addContactPoint(PhoneNumber.parse("18049531999")).accountManager("am-1").build();
  }

  static FollowUp followUp(String id, Customer c, LocalDate on, FollowUpPurpose purpose, FollowUpOutcome outcome) {
    return new FollowUp(InteractionId.of(id), c.id(), at(on), Channel.EMAIL, FollowUpMethod.EMAIL, purpose, outcome,
        Optional.empty());
  }

  static ConsentEvent marketing(Customer c, ConsentStatus status, Instant effective) {
    return new ConsentEvent("ev-" + c.id() + "-" + effective.getEpochSecond(), c.id(), Purpose.DIRECT_MARKETING,
        status, effective, effective, Optional.empty(), Channel.WEB, "v1", "system", Set.of());
  }

  static FollowUpRequest campaign(Customer c, LocalDate on) {
    return new FollowUpRequest(c.id(), FollowUpPurpose.MARKETING, "campaign:spring", on, on.plusDays(5),
        Optional.of(Channel.SMS));
  }

  static List<String> reasons(List<PlannedFollowUp> due) {
    return due.stream().map(p -> p.customerId() + "/" + p.reason()).toList();
  }
}
