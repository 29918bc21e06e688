package org.crmkit.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;

/**
 * Derives life-cycle moves from interactions (seed 003). Immutable and thread-safe; a pure function
 * of the customer, its interactions, the rules and the as-of time.
 *
 * <p>Interactions at or before {@code asOf} are replayed in time order from the customer's current
 * history; a move is appended only at or after the current entry, and only if {@link
 * LifecycleStage#canMoveTo} allows it. Moves out of transaction and exit need an interaction
 * strictly after the entry (same-instant events belong to the event that entered the stage), so
 * running the derivation again adds nothing. Rules:
 *
 * <ul>
 *   <li><em>Activity</em> is every interaction except unanswered outreach (an outbound
 *       communication, a follow-up not reached, rescheduled or declined) and a lost renewal.
 *   <li>Awareness + any activity → interaction ({@code first-contact}).
 *   <li>A first purchase from awareness or interaction → transaction ({@code first-purchase}).
 *   <li>In transaction, a second or later purchase after the transaction stage was entered
 *       ({@code repeat-purchase}; same-instant purchases are one visit) or a renewed or
 *       changed renewal ({@code renewal}) → maintenance; a won renewal from awareness or
 *       interaction also → maintenance.
 *   <li>A lost renewal ({@code lost-renewal:<contract>}), or no activity for {@link
 *       LifecycleRules#inactivityDays} while in interaction, transaction or maintenance ({@code
 *       inactive:<N>d}, counted from the later of the last activity and the current entry), makes
 *       an exit candidate; with {@link LifecycleRules#applyExits} it moves to exit at that time.
 *       A purchase or won renewal clears a candidate.
 *   <li>From exit (won back): a purchase or won renewal → transaction ({@code won-back}), other
 *       activity → interaction ({@code returned}).
 * </ul>
 */
public final class LifecycleDeriver {
  private final LifecycleRules rules;

  private LifecycleDeriver(LifecycleRules rules) {
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Returns a deriver.
   *
   * @param rules the rules
   * @return the deriver
   */
  public static LifecycleDeriver of(LifecycleRules rules) {
    return new LifecycleDeriver(rules);
  }

  /**
   * Derives the customer's life cycle as of {@code asOf}.
   *
   * @param customer the customer with its current history
   * @param interactions its interactions, any order (later ones than {@code asOf} are ignored)
   * @param asOf the time
   * @return the derivation
   * @throws IllegalArgumentException if an interaction belongs to another customer
   */
  public LifecycleDerivation derive(Customer customer, List<Interaction> interactions, Instant asOf) {
    requireNonNull(customer, "customer");
    requireNonNull(interactions, "interactions");
    requireNonNull(asOf, "asOf");
    List<Interaction> sorted = new ArrayList<>();
    for (Interaction i : interactions) {
      checkArgument(i.customerId().equals(customer.id()),
          "interaction %s must belong to customer %s but belonged to %s", i.id(), customer.id(), i.customerId());
      if (!i.occurredAt().isAfter(asOf)) {
        sorted.add(i);
      }
    }
    sorted.sort(Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id));
    Replay r = new Replay(customer.lifecycle());
    Duration inactivity = Duration.ofDays(rules.inactivityDays());
    String inactive = "inactive:" + rules.inactivityDays() + "d";
    int purchases = 0;
    Instant lastActivity = null;
    Optional<ExitCandidate> candidate = Optional.empty();
    for (Interaction i : sorted) {
      if (!isActivity(i)) {
        if (i instanceof Renewal && ((Renewal) i).outcome() == RenewalOutcome.LOST && isActive(r.stage())) {
          ExitCandidate c = new ExitCandidate("lost-renewal:" + ((Renewal) i).contractId(), i.occurredAt());
          if (rules.applyExits()) {
            r.exit(c);
          } else if (!i.occurredAt().isBefore(r.since())) {
            candidate = Optional.of(c);
          }
        }
        continue;
      }
      Instant base = lastActivity == null ? null : max(lastActivity, r.since());
      if (rules.applyExits() && base != null && isActive(r.stage()) && i.occurredAt().isAfter(base.plus(inactivity))) {
        r.exit(new ExitCandidate(inactive, base.plus(inactivity)));
      }
      lastActivity = i.occurredAt();
      boolean purchase = i instanceof Purchase;
      boolean wonRenewal = i instanceof Renewal && isWon((Renewal) i);
      if (purchase) {
        purchases++;
      }
      if (purchase || wonRenewal) {
        candidate = Optional.empty();
      }
      Instant at = i.occurredAt();
      switch (r.stage()) {
        case AWARENESS:
        case INTERACTION:
          if (wonRenewal) {
            r.move(LifecycleStage.MAINTENANCE, at, "renewal");
          } else if (purchase) {
            r.move(LifecycleStage.TRANSACTION, at, "first-purchase");
          } else {
            r.move(LifecycleStage.INTERACTION, at, "first-contact");
          }
          break;
        case TRANSACTION:
          if (!at.isAfter(r.since())) {
            break; // same instant as the entry: part of the event that entered the stage
          }
          if (wonRenewal) {
            r.move(LifecycleStage.MAINTENANCE, at, "renewal");
          } else if (purchase && purchases >= 2) {
            r.move(LifecycleStage.MAINTENANCE, at, "repeat-purchase");
          }
          break;
        case EXIT:
          if (!at.isAfter(r.since())) {
            break;
          }
          r.move(purchase || wonRenewal ? LifecycleStage.TRANSACTION : LifecycleStage.INTERACTION, at,
              purchase || wonRenewal ? "won-back" : "returned");
          break;
        default:
          break;
      }
    }
    if (isActive(r.stage())) {
      Instant base = lastActivity == null ? r.since() : max(lastActivity, r.since());
      if (asOf.isAfter(base.plus(inactivity))) {
        ExitCandidate c = new ExitCandidate(inactive, base.plus(inactivity));
        if (rules.applyExits()) {
          r.exit(c);
        } else if (candidate.isEmpty()) {
          candidate = Optional.of(c);
        }
      }
    }
    if (rules.applyExits() || r.stage() == LifecycleStage.EXIT) {
      candidate = Optional.empty();
    }
    return new LifecycleDerivation(r.history, r.added, candidate);
  }

  /**
   * Moves a customer by hand (a rep confirming an exit, a won-back customer).
   *
   * @param customer the customer
   * @param to the new stage
   * @param at when, not before the current entry
   * @param reason why; required for exit
   * @return the customer with the longer history
   * @throws IllegalLifecycleTransitionException if {@link LifecycleStage#canMoveTo} forbids the move
   * @throws IllegalArgumentException if {@code at} is before the current entry or an exit has no reason
   */
  public static Customer moveManually(Customer customer, LifecycleStage to, Instant at, Optional<String> reason) {
    requireNonNull(customer, "customer");
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    if (!customer.stage().canMoveTo(to)) {
      throw new IllegalLifecycleTransitionException(customer.id(), customer.stage(), to);
    }
    checkArgument(!at.isBefore(customer.lifecycle().currentSince()),
        "at must not be before the current entry %s but was %s", customer.lifecycle().currentSince(), at);
    return customer.toBuilder().lifecycle(customer.lifecycle().moveTo(new StageEntry(to, at, reason))).build();
  }

  private static boolean isActive(LifecycleStage s) {
    return s == LifecycleStage.INTERACTION || s == LifecycleStage.TRANSACTION || s == LifecycleStage.MAINTENANCE;
  }

  private static boolean isWon(Renewal r) {
    return r.outcome() == RenewalOutcome.RENEWED || r.outcome() == RenewalOutcome.CHANGED;
  }

  static boolean isActivity(Interaction i) {
    if (i instanceof Communication) {
      return ((Communication) i).direction() != Direction.OUTBOUND;
    }
    if (i instanceof FollowUp) {
      return ((FollowUp) i).outcome() == FollowUpOutcome.REACHED;
    }
    if (i instanceof Renewal) {
      return ((Renewal) i).outcome() != RenewalOutcome.LOST;
    }
    return true;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The evolving history; appends only allowed moves at or after the current entry. */
  private static final class Replay {
    LifecycleHistory history;
    final List<StageEntry> added = new ArrayList<>();

    Replay(LifecycleHistory start) {
      this.history = start;
    }

    LifecycleStage stage() {
      return history.current();
    }

    Instant since() {
      return history.currentSince();
    }

    void move(LifecycleStage to, Instant at, String reason) {
      if (stage().canMoveTo(to) && !at.isBefore(since())) {
        StageEntry e = new StageEntry(to, at, Optional.of(reason));
        history = history.moveTo(e);
        added.add(e);
      }
    }

    void exit(ExitCandidate c) {
      move(LifecycleStage.EXIT, c.since(), c.reason());
    }
  }
}
