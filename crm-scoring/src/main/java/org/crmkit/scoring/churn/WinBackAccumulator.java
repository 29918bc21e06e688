package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Accumulates win-back outcomes per {@link ChurnKind}, so a campaign's return on investment can be
 * judged overall and by kind (seed 004). A mutable, mergeable accumulator: exact decimal sums and
 * long counters, so split-then-merge equals one pass. All outcomes must be in one currency; a
 * mismatch fails loudly. Not thread-safe; {@link #snapshot} is immutable.
 */
public final class WinBackAccumulator {
  private final Map<ChurnKind, WinBackSummary> byKind = new EnumMap<>(ChurnKind.class);
  private Currency currency;

  /** Creates an empty accumulator. */
  public WinBackAccumulator() {}

  /**
   * Adds an outcome.
   *
   * @param outcome the outcome
   * @return this accumulator
   * @throws IllegalArgumentException if its currency differs from earlier outcomes'
   */
  public WinBackAccumulator add(WinBackOutcome outcome) {
    requireNonNull(outcome, "outcome");
    checkCurrency(outcome.cost().currency());
    WinBackSummary one = new WinBackSummary(1, outcome.recovered() ? 1 : 0, outcome.cost().amount(),
        outcome.benefit().amount());
    byKind.merge(outcome.kind(), one, WinBackSummary::plus);
    return this;
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other the other accumulator; not changed
   * @return this accumulator
   * @throws IllegalArgumentException if the currencies differ
   */
  public WinBackAccumulator merge(WinBackAccumulator other) {
    requireNonNull(other, "other");
    if (other.currency != null) {
      checkCurrency(other.currency);
    }
    other.byKind.forEach((kind, s) -> byKind.merge(kind, s, WinBackSummary::plus));
    return this;
  }

  private void checkCurrency(Currency c) {
    if (currency == null) {
      currency = c;
    }
    checkArgument(currency.equals(c), "currency must be %s but was %s", currency, c);
  }

  /** Returns the currency of the outcomes, empty before the first. */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /** Returns the totals over all kinds. */
  public WinBackSummary snapshot() {
    WinBackSummary total = WinBackSummary.EMPTY;
    for (WinBackSummary s : byKind.values()) {
      total = total.plus(s);
    }
    return total;
  }

  /** Returns the totals of every kind that has outcomes (an immutable map in kind order). */
  public Map<ChurnKind, WinBackSummary> snapshotByKind() {
    return Collections.unmodifiableMap(new EnumMap<>(byKind));
  }

  /** Returns a collector of outcomes into an accumulator, merging partial results. */
  public static Collector<WinBackOutcome, WinBackAccumulator, WinBackAccumulator> collector() {
    return Collector.of(WinBackAccumulator::new, WinBackAccumulator::add, WinBackAccumulator::merge);
  }

  @Override
  public String toString() {
    WinBackSummary total = snapshot();
    return "WinBackAccumulator[attempts=" + total.attempts() + ", recovered=" + total.recovered() + "]";
  }
}
