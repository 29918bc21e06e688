package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.profile.CustomerProfile;

/**
 * Follow-up rate per account manager. Stateless.
 *
 * <p>Definitions, as crm-scoring's {@code Kpi.FOLLOW_UP}: a customer is <em>active</em> in {@code
 * [from, to)} when created before {@code to} and not in {@code EXIT} at {@code from}; it was
 * <em>followed up</em> when it has at least one {@link FollowUp} (any outcome) in the period.
 */
public final class FollowUpRates {
  private FollowUpRates() {}

  /**
   * Returns the rate of each account manager, managers in id order, customers without a manager last.
   *
   * @param profiles the customers
   * @param from the period start
   * @param to the period end, exclusive, after {@code from}
   * @return one rate per manager that has active customers
   * @throws IllegalArgumentException if the period is empty
   */
  public static List<ManagerFollowUpRate> byAccountManager(Collection<CustomerProfile> profiles, Instant from,
      Instant to) {
    requireNonNull(profiles, "profiles");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(to.isAfter(from), "to must be after from but was %s <= %s", to, from);
    Map<String, long[]> byManager = new TreeMap<>();
    long[] unassigned = new long[2];
    for (CustomerProfile p : profiles) {
      Customer c = p.customer();
      if (!c.createdAt().isBefore(to) || stageAt(c, from) == LifecycleStage.EXIT) {
        continue;
      }
      long[] counts = c.accountManager().map(m -> byManager.computeIfAbsent(m, k -> new long[2])).orElse(unassigned);
      counts[0]++;
      boolean followed = p.interactions().stream().anyMatch(i -> i instanceof FollowUp
          && !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to));
      if (followed) {
        counts[1]++;
      }
    }
    List<ManagerFollowUpRate> out = new ArrayList<>();
    byManager.forEach((m, n) -> out.add(new ManagerFollowUpRate(Optional.of(m), n[0], n[1])));
    if (unassigned[0] > 0) {
      out.add(new ManagerFollowUpRate(Optional.empty(), unassigned[0], unassigned[1]));
    }
    return out;
  }

  private static LifecycleStage stageAt(Customer c, Instant at) {
    LifecycleStage stage = c.lifecycle().entries().get(0).stage();
    for (StageEntry e : c.lifecycle().entries()) {
      if (!e.enteredAt().isAfter(at)) {
        stage = e.stage();
      }
    }
    return stage;
  }
}
