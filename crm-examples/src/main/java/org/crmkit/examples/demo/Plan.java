package org.crmkit.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.StageEntry;

/**
 * A customer's life-cycle timeline, drawn first so that the interactions can be made to fit it:
 * the first contact opens the interaction stage, the first purchase the transaction stage, the
 * second purchase maintenance, and nothing happens between an exit and a win-back. A time that
 * was never reached is {@link Instant#MAX}.
 *
 * @param lifecycle the history, as stored on the customer
 * @param createdAt when the customer was created (awareness)
 * @param contactAt when contacts began: the interaction stage, or the first purchase of a walk-in
 * @param firstPurchaseAt the first purchase (transaction stage)
 * @param secondPurchaseAt the second purchase (maintenance stage)
 * @param exitAt when the customer exited
 * @param wonBackAt when an exited customer came back with a purchase
 * @param asOf the as-of instant; nothing happens at or after it
 */
record Plan(LifecycleHistory lifecycle, Instant createdAt, Instant contactAt, Instant firstPurchaseAt,
    Instant secondPurchaseAt, Instant exitAt, Instant wonBackAt, Instant asOf) {

  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final LifecycleStage[] BEFORE_EXIT = {
    LifecycleStage.INTERACTION, LifecycleStage.TRANSACTION, LifecycleStage.MAINTENANCE};
  private static final double[] BEFORE_EXIT_WEIGHTS = {0.2, 0.35, 0.45};
  /** The six kinds of lost customer of seed 004, as exit reasons. */
  static final String[] EXIT_REASONS = {
    "pulled-away-by-competitor", "bought-away-by-price", "accidentally-pushed-away",
    "deliberately-pushed-away", "left-unintentionally", "moved-away"};
  private static final double[] EXIT_WEIGHTS = {0.3, 0.22, 0.18, 0.05, 0.15, 0.1};

  /**
   * Draws a timeline.
   *
   * @param rng the customer's generator
   * @param createdAt the creation time, before {@code asOf}
   * @param asOf the as-of instant
   * @param stageWeights weights of the target stage, in {@link LifecycleStage} order
   * @return the plan; stages whose time would fall at or after {@code asOf} are not reached
   */
  static Plan draw(SplittableRandom rng, Instant createdAt, Instant asOf, double[] stageWeights) {
    LifecycleStage target = STAGES[Pick.weighted(rng, stageWeights)];
    LifecycleStage beforeExit = target == LifecycleStage.EXIT
        ? Pick.weighted(rng, BEFORE_EXIT, BEFORE_EXIT_WEIGHTS) : target;
    List<StageEntry> entries = new ArrayList<>();
    entries.add(StageEntry.of(LifecycleStage.AWARENESS, createdAt));
    Instant contact = Instant.MAX;
    Instant first = Instant.MAX;
    Instant second = Instant.MAX;
    Instant exit = Instant.MAX;
    Instant wonBack = Instant.MAX;
    Instant t = createdAt;
    boolean walkIn = beforeExit.compareTo(LifecycleStage.TRANSACTION) >= 0 && Pick.chance(rng, 0.15);
    if (beforeExit.compareTo(LifecycleStage.INTERACTION) >= 0 && !walkIn) {
      t = later(rng, t, 20);
      if (t.isBefore(asOf)) {
        entries.add(StageEntry.of(LifecycleStage.INTERACTION, t));
        contact = t;
      }
    }
    if (t.isBefore(asOf) && beforeExit.compareTo(LifecycleStage.TRANSACTION) >= 0) {
      t = walkIn ? t.plusSeconds(600 + rng.nextInt(7200)) : later(rng, t, 30);
      if (t.isBefore(asOf)) {
        entries.add(StageEntry.of(LifecycleStage.TRANSACTION, t));
        first = t;
        contact = contact.isBefore(t) ? contact : t;
      }
    }
    if (t.isBefore(asOf) && first.isBefore(asOf) && beforeExit == LifecycleStage.MAINTENANCE) {
      t = later(rng, t, 120);
      if (t.isBefore(asOf)) {
        entries.add(StageEntry.of(LifecycleStage.MAINTENANCE, t));
        second = t;
      }
    }
    boolean reachedTarget = entries.get(entries.size() - 1).stage() == beforeExit;
    if (target == LifecycleStage.EXIT && reachedTarget) {
      t = later(rng, t, 300).plusSeconds(7 * 86_400);
      if (t.isBefore(asOf)) {
        String reason = Pick.weighted(rng, EXIT_REASONS, EXIT_WEIGHTS);
        entries.add(new StageEntry(LifecycleStage.EXIT, t, Optional.of(reason)));
        exit = t;
        if (Pick.chance(rng, 0.12)) {
          t = later(rng, t, 150);
          if (t.isBefore(asOf)) {
            entries.add(StageEntry.of(LifecycleStage.TRANSACTION, t));
            wonBack = t;
          }
        }
      }
    }
    return new Plan(new LifecycleHistory(entries), createdAt, contact, first, second, exit, wonBack, asOf);
  }

  private static Instant later(SplittableRandom rng, Instant t, double meanDays) {
    return t.plusSeconds(3600 + Pick.expSeconds(rng, meanDays));
  }

  /** Returns the end of the first active period: the exit, or the as-of instant. */
  Instant activeUntil() {
    return exitAt.isBefore(asOf) ? exitAt : asOf;
  }

  /** Returns whether the customer ever bought. */
  boolean bought() {
    return firstPurchaseAt.isBefore(asOf);
  }

  /** Returns whether the customer reached maintenance (repeat business). */
  boolean repeats() {
    return secondPurchaseAt.isBefore(asOf);
  }

  /** Returns whether the customer was won back after an exit. */
  boolean wonBack() {
    return wonBackAt.isBefore(asOf);
  }

  /** Returns whether the instant lies in a period where the customer is active and in contact. */
  boolean inContact(Instant t) {
    boolean first = !t.isBefore(contactAt) && t.isBefore(activeUntil());
    return first || (!t.isBefore(wonBackAt) && t.isBefore(asOf));
  }
}
