package org.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * Runs a unit of work that spans several stores (a merge touches customers, interactions, consent
 * and the audit log) in one transaction, if the host's storage has transactions. The default
 * {@link #none()} just runs the work: the in-memory stores have no cross-store transactions.
 */
@FunctionalInterface
public interface TransactionHook {

  /**
   * Runs work in a transaction: commits when it returns, rolls back when it throws.
   *
   * @param <T> the result type
   * @param work the work
   * @return the work's result
   */
  <T> T inTransaction(Supplier<T> work);

  /** Returns the hook that runs work directly, without a transaction. */
  static TransactionHook none() {
    return new TransactionHook() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return requireNonNull(work, "work").get();
      }
    };
  }
}
