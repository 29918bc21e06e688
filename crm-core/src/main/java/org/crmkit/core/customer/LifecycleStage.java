package org.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

/**
 * Stages of the customer relationship life cycle (客户关系生命周期, seed 003):
 * awareness → interaction → transaction → maintenance → exit.
 *
 * <p>Allowed moves ({@link #canMoveTo}): forward by one or more stages (a walk-in who buys at
 * once goes from awareness straight to transaction); from any stage but exit to {@link #EXIT};
 * and from exit back to interaction or transaction (a won-back customer). Moving backwards
 * otherwise, or staying in place, is not a transition.
 */
public enum LifecycleStage {
  /** The customer knows of us (认知). */
  AWARENESS,
  /** First contacts and enquiries (交流/互动). */
  INTERACTION,
  /** The first purchase or contract (交易). */
  TRANSACTION,
  /** Repeat business and renewals (维护). */
  MAINTENANCE,
  /** The relationship ended (退出); an exit always records why. */
  EXIT;

  /**
   * Returns whether a customer in this stage may move to {@code next}.
   *
   * @param next the proposed stage
   * @return whether the move is allowed
   */
  public boolean canMoveTo(LifecycleStage next) {
    requireNonNull(next, "next");
    if (this == EXIT) {
      return next == INTERACTION || next == TRANSACTION;
    }
    return next == EXIT || next.ordinal() > ordinal();
  }
}
