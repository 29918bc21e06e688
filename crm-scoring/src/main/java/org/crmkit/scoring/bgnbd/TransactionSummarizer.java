package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Purchase;

/**
 * Collects a transaction log and summarises it per customer into (x, t<sub>x</sub>, T) and the
 * mean repeat-purchase value, for an explicit calibration end and time unit. A mutable,
 * mergeable accumulator in the style of Guava's {@code StatsAccumulator}: not thread-safe; build
 * one per partition and {@link #merge} them; the summary depends only on the set of transactions
 * added, not on their order or partitioning.
 *
 * <p>Definitions ({@link #summarize}), as in Fader, Hardie &amp; Lee (2005) and the lifetimes
 * library:
 *
 * <ul>
 *   <li>Transactions are counted per customer per <b>day</b>: several transactions on one day are
 *       one purchase occasion whose value is their sum. Transactions after the calibration end are
 *       ignored; customers whose first transaction is after it are not in the summary.
 *   <li>x = number of distinct purchase days − 1 (the first purchase is not a repeat purchase).
 *   <li>t<sub>x</sub> = (last purchase day − first purchase day) in the time unit; T =
 *       (calibration end − first purchase day) in the time unit; weeks are days / 7.
 *   <li>monetary value = mean value of the repeat purchase days (the first day excluded), 0 when
 *       x = 0; this is the input of the Gamma-Gamma spend model.
 * </ul>
 */
public final class TransactionSummarizer {
  private final Map<CustomerId, DayLog> logs = new HashMap<>();
  private Currency currency;
  private long transactions;

  private TransactionSummarizer() {}

  /** Returns an empty summariser. */
  public static TransactionSummarizer create() {
    return new TransactionSummarizer();
  }

  /**
   * Adds one transaction.
   *
   * @param customerId the customer
   * @param date the day of the transaction
   * @param amount its value, finite and ≥ 0 (use 0 when values are unknown)
   * @return this summariser
   * @throws IllegalArgumentException if the amount is negative or not finite
   */
  public TransactionSummarizer add(CustomerId customerId, LocalDate date, double amount) {
    requireNonNull(customerId, "customerId");
    requireNonNull(date, "date");
    checkArgument(Double.isFinite(amount) && amount >= 0, "amount must be finite and >= 0 but was %s", amount);
    logs.computeIfAbsent(customerId, k -> new DayLog()).add(Math.toIntExact(date.toEpochDay()), amount);
    transactions++;
    return this;
  }

  /**
   * Adds a purchase, dated by its day in a time zone. All purchases of one summariser must be in one
   * currency, so monetary values can be averaged.
   *
   * @param purchase the purchase
   * @param zone the zone whose calendar days count
   * @return this summariser
   * @throws IllegalArgumentException if the purchase's currency differs from earlier ones
   */
  public TransactionSummarizer add(Purchase purchase, ZoneId zone) {
    requireNonNull(purchase, "purchase");
    requireNonNull(zone, "zone");
    Currency c = purchase.amount().currency();
    checkCurrency(c);
    return add(purchase.customerId(), LocalDate.ofInstant(purchase.occurredAt(), zone),
        purchase.amount().amount().doubleValue());
  }

  /**
   * Adds the purchases among some interactions; other kinds (refunds included) are skipped: a
   * refund does not undo a purchase occasion.
   *
   * @param interactions the interactions
   * @param zone the zone whose calendar days count
   * @return this summariser
   * @throws IllegalArgumentException if the purchases are in more than one currency
   */
  public TransactionSummarizer addAll(Iterable<? extends Interaction> interactions, ZoneId zone) {
    requireNonNull(interactions, "interactions");
    for (Interaction i : interactions) {
      if (i instanceof Purchase) {
        add((Purchase) i, zone);
      }
    }
    return this;
  }

  /**
   * Adds everything another summariser collected.
   *
   * @param other the other summariser; not changed
   * @return this summariser
   * @throws IllegalArgumentException if the two hold purchases in different currencies
   */
  public TransactionSummarizer merge(TransactionSummarizer other) {
    requireNonNull(other, "other");
    if (other.currency != null) {
      checkCurrency(other.currency);
    }
    for (Map.Entry<CustomerId, DayLog> e : other.logs.entrySet()) {
      logs.computeIfAbsent(e.getKey(), k -> new DayLog()).addAll(e.getValue());
    }
    transactions += other.transactions;
    return this;
  }

  private void checkCurrency(Currency c) {
    if (currency == null) {
      currency = c;
    }
    checkArgument(currency.equals(c), "currency must be %s but was %s", currency, c);
  }

  /** Returns the number of transactions added. */
  public long transactions() {
    return transactions;
  }

  /** Returns the currency of the purchases added, if any were added as {@link Purchase}s. */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Summarises every customer with a transaction on or before the calibration end.
   *
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param unit {@link ChronoUnit#DAYS} or {@link ChronoUnit#WEEKS}
   * @return the summary, customers in id order
   * @throws IllegalArgumentException if the unit is neither days nor weeks
   */
  public TransactionSummary summarize(LocalDate calibrationEnd, ChronoUnit unit) {
    requireNonNull(calibrationEnd, "calibrationEnd");
    requireNonNull(unit, "unit");
    checkArgument(unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS, "unit must be DAYS or WEEKS but was %s", unit);
    double daysPerUnit = unit == ChronoUnit.WEEKS ? 7.0 : 1.0;
    int end = Math.toIntExact(calibrationEnd.toEpochDay());
    CustomerId[] ids = logs.keySet().toArray(new CustomerId[0]);
    Arrays.sort(ids);
    TransactionSummary.Columns columns = new TransactionSummary.Columns(ids.length);
    for (CustomerId id : ids) {
      logs.get(id).summarize(id, end, daysPerUnit, columns);
    }
    return columns.build(calibrationEnd, unit);
  }

  @Override
  public String toString() {
    return "TransactionSummarizer[customers=" + logs.size() + ", transactions=" + transactions + "]";
  }

  /** One customer's transactions: epoch days and amounts, unsorted. */
  private static final class DayLog {
    private int[] days = new int[4];
    private double[] amounts = new double[4];
    private int size;

    void add(int day, double amount) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        amounts = Arrays.copyOf(amounts, size * 2);
      }
      days[size] = day;
      amounts[size] = amount;
      size++;
    }

    void addAll(DayLog other) {
      for (int i = 0; i < other.size; i++) {
        add(other.days[i], other.amounts[i]);
      }
    }

    void summarize(CustomerId id, int end, double daysPerUnit, TransactionSummary.Columns out) {
      // Sum amounts per day over the calibration period, with days sorted.
      long[] keyed = new long[size];
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (days[i] <= end) {
          keyed[n++] = ((long) days[i] << 32) | i;
        }
      }
      if (n == 0) {
        return;
      }
      Arrays.sort(keyed, 0, n);
      int first = (int) (keyed[0] >> 32);
      int last = first;
      int distinct = 1;
      double repeatValue = 0;
      for (int j = 1; j < n; j++) {
        int day = (int) (keyed[j] >> 32);
        double amount = amounts[(int) keyed[j]];
        if (day != first) {
          repeatValue += amount;
        }
        if (day != last) {
          distinct++;
          last = day;
        }
      }
      int x = distinct - 1;
      out.add(id, x, (last - first) / daysPerUnit, (end - first) / daysPerUnit, x == 0 ? 0.0 : repeatValue / x);
    }
  }
}
