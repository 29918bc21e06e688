package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crmkit.core.CustomerId;

/**
 * The per-customer calibration summary made by {@link TransactionSummarizer}: for each customer
 * (in id order) the frequency x, recency t<sub>x</sub>, age T and mean repeat-purchase value, for
 * a calibration end and time unit. Immutable and thread-safe; equal when all columns are equal.
 */
public final class TransactionSummary {
  private final List<CustomerId> customerIds;
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] monetaryValue;
  private final LocalDate calibrationEnd;
  private final ChronoUnit unit;

  private TransactionSummary(Columns c, LocalDate calibrationEnd, ChronoUnit unit) {
    this.customerIds = List.of(Arrays.copyOf(c.ids, c.size));
    this.frequency = Arrays.copyOf(c.frequency, c.size);
    this.recency = Arrays.copyOf(c.recency, c.size);
    this.age = Arrays.copyOf(c.age, c.size);
    this.monetaryValue = Arrays.copyOf(c.monetary, c.size);
    this.calibrationEnd = requireNonNull(calibrationEnd, "calibrationEnd");
    this.unit = requireNonNull(unit, "unit");
  }

  /** Returns the number of customers. */
  public int size() {
    return frequency.length;
  }

  /** Returns the last day of the calibration period. */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /** Returns the time unit of recency and age. */
  public ChronoUnit unit() {
    return unit;
  }

  /** Returns the customers, in id order (an immutable list). */
  public List<CustomerId> customerIds() {
    return customerIds;
  }

  /**
   * Returns the customer of a row.
   *
   * @param row the row
   * @return the id
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public CustomerId customerId(int row) {
    return customerIds.get(row);
  }

  /**
   * Returns x, the repeat purchase days, of a row.
   *
   * @param row the row
   * @return x
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public int frequency(int row) {
    checkElementIndex(row, frequency.length, "row");
    return frequency[row];
  }

  /**
   * Returns t<sub>x</sub> of a row.
   *
   * @param row the row
   * @return the recency in the unit
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public double recency(int row) {
    checkElementIndex(row, frequency.length, "row");
    return recency[row];
  }

  /**
   * Returns T of a row.
   *
   * @param row the row
   * @return the age in the unit
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public double age(int row) {
    checkElementIndex(row, frequency.length, "row");
    return age[row];
  }

  /**
   * Returns the mean value of the repeat purchase days of a row (0 when x = 0).
   *
   * @param row the row
   * @return the mean repeat-purchase value
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public double monetaryValue(int row) {
    checkElementIndex(row, frequency.length, "row");
    return monetaryValue[row];
  }

  /** Returns the (x, t<sub>x</sub>, T) columns as a table of one row per customer, same order. */
  public FrequencyRecencyTable toTable() {
    return FrequencyRecencyTable.of(frequency, recency, age);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TransactionSummary)) {
      return false;
    }
    TransactionSummary s = (TransactionSummary) o;
    return customerIds.equals(s.customerIds) && Arrays.equals(frequency, s.frequency)
        && Arrays.equals(recency, s.recency) && Arrays.equals(age, s.age)
        && Arrays.equals(monetaryValue, s.monetaryValue) && calibrationEnd.equals(s.calibrationEnd)
        && unit == s.unit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerIds, Arrays.hashCode(frequency), Arrays.hashCode(recency),
        Arrays.hashCode(age), Arrays.hashCode(monetaryValue), calibrationEnd, unit);
  }

  @Override
  public String toString() {
    return "TransactionSummary[customers=" + frequency.length + ", calibrationEnd=" + calibrationEnd
        + ", unit=" + unit + "]";
  }

  /** Growable columns, filled by the summariser. */
  static final class Columns {
    private CustomerId[] ids;
    private int[] frequency;
    private double[] recency;
    private double[] age;
    private double[] monetary;
    private int size;

    Columns(int capacity) {
      ids = new CustomerId[capacity];
      frequency = new int[capacity];
      recency = new double[capacity];
      age = new double[capacity];
      monetary = new double[capacity];
    }

    void add(CustomerId id, int x, double tx, double t, double m) {
      ids[size] = id;
      frequency[size] = x;
      recency[size] = tx;
      age[size] = t;
      monetary[size] = m;
      size++;
    }

    TransactionSummary build(LocalDate calibrationEnd, ChronoUnit unit) {
      return new TransactionSummary(this, calibrationEnd, unit);
    }
  }
}
