package org.crmkit.core.renewal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.profile.CustomerProfile;

/**
 * Which contracts need a renewal decision. Stateless.
 *
 * <p>A contract is <em>decided</em> when a renewal {@linkplain Contract#isRenewedBy about it} has
 * an outcome other than pending. It is <em>due within N days</em> at {@code asOf} when it is
 * undecided and its last day is in {@code [asOf, asOf + N]}; it has <em>lapsed</em> when it is
 * undecided and its last day is before {@code asOf}. Lists are ordered by last day, then contract
 * id, then customer id.
 */
public final class RenewalPlanner {
  private static final Comparator<RenewalDue> ORDER =
      Comparator.comparing((RenewalDue d) -> d.contract().end())
          .thenComparing(d -> d.contract().contractId())
          .thenComparing(d -> d.contract().customerId());

  private RenewalPlanner() {}

  /**
   * Returns the undecided contracts whose last day falls within {@code days} days of {@code asOf}.
   *
   * @param contracts the contracts
   * @param renewals the recorded renewals (any customers)
   * @param asOf the date
   * @param days the window, not negative
   * @return the due contracts, soonest first
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public static List<RenewalDue> dueWithin(Collection<Contract> contracts, Collection<Renewal> renewals,
      LocalDate asOf, int days) {
    requireNonNull(asOf, "asOf");
    checkArgument(days >= 0, "days must be >= 0 but was %s", days);
    LocalDate last = asOf.plusDays(days);
    return select(contracts, renewals, asOf, c -> !c.end().isBefore(asOf) && !c.end().isAfter(last));
  }

  /**
   * Returns the contracts that ended before {@code asOf} without a decision.
   *
   * @param contracts the contracts
   * @param renewals the recorded renewals
   * @param asOf the date
   * @return the lapsed contracts, oldest first
   */
  public static List<RenewalDue> lapsed(Collection<Contract> contracts, Collection<Renewal> renewals, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return select(contracts, renewals, asOf, c -> c.end().isBefore(asOf));
  }

  /**
   * Returns the contract periods that won renewals created ({@link Contract#from}), the latest
   * period per customer and contract id, ordered by customer id then contract id. Use it when the
   * host keeps no separate contract records and the renewals are all there is.
   *
   * @param interactions interactions of any kinds and customers (non-renewals are ignored)
   * @return the latest renewed period of each contract
   */
  public static List<Contract> contractsFrom(Collection<? extends Interaction> interactions) {
    requireNonNull(interactions, "interactions");
    List<Contract> won = new ArrayList<>();
    for (Interaction i : interactions) {
      if (i instanceof Renewal) {
        Renewal r = (Renewal) i;
        if (r.outcome() == RenewalOutcome.RENEWED || r.outcome() == RenewalOutcome.CHANGED) {
          won.add(Contract.from(r));
        }
      }
    }
    return latestPerContract(won);
  }

  /**
   * Returns the contracts due within {@code days} of {@code asOf} among customer profiles, with
   * the contracts taken from their won renewals ({@link #contractsFrom}) plus any given.
   *
   * @param profiles the customers
   * @param contracts contract periods known besides the renewals, possibly empty
   * @param asOf the date
   * @param days the window, not negative
   * @return the due contracts, soonest first
   */
  public static List<RenewalDue> dueAmong(List<CustomerProfile> profiles, Collection<Contract> contracts,
      LocalDate asOf, int days) {
    requireNonNull(profiles, "profiles");
    List<Interaction> all = new ArrayList<>();
    profiles.forEach(p -> all.addAll(p.interactions()));
    List<Contract> known = new ArrayList<>(contracts);
    known.addAll(contractsFrom(all));
    List<Renewal> renewals = all.stream().filter(Renewal.class::isInstance).map(Renewal.class::cast).toList();
    return dueWithin(latestPerContract(known), renewals, asOf, days);
  }

  // Keyed by customer id, then contract id (NUL cannot occur in either).
  private static List<Contract> latestPerContract(List<Contract> contracts) {
    Map<String, Contract> latest = new TreeMap<>();
    for (Contract c : contracts) {
      latest.merge(c.customerId() + "\u0000" + c.contractId(), c, (a, b) -> b.start().isAfter(a.start()) ? b : a);
    }
    return List.copyOf(latest.values());
  }

  /**
   * Returns whether a contract has a decided renewal among {@code renewals}.
   *
   * @param contract the contract
   * @param renewals the renewals
   * @return whether decided
   */
  public static boolean isDecided(Contract contract, Collection<Renewal> renewals) {
    requireNonNull(contract, "contract");
    return renewals.stream().anyMatch(r -> contract.isRenewedBy(r) && r.outcome() != RenewalOutcome.PENDING);
  }

  private static List<RenewalDue> select(Collection<Contract> contracts, Collection<Renewal> renewals, LocalDate asOf,
      Predicate<Contract> window) {
    requireNonNull(contracts, "contracts");
    requireNonNull(renewals, "renewals");
    return contracts.stream()
        .filter(window)
        .filter(c -> !isDecided(c, renewals))
        .map(c -> new RenewalDue(c, c.daysLeft(asOf), pending(c, renewals)))
        .sorted(ORDER)
        .toList();
  }

  private static Optional<Renewal> pending(Contract c, Collection<Renewal> renewals) {
    return renewals.stream()
        .filter(r -> c.isRenewedBy(r) && r.outcome() == RenewalOutcome.PENDING)
        .max(Comparator.comparing(Renewal::occurredAt).thenComparing(Renewal::id));
  }
}
