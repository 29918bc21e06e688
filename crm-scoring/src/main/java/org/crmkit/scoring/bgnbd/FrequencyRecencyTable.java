package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Per-customer repeat-purchase summaries for the BG/NBD model, stored column-wise in primitive
 * arrays: frequency x (repeat purchases in the calibration period), recency t<sub>x</sub> (time
 * from the first to the last purchase), age T (time from the first purchase to the calibration
 * end) and a count of customers sharing the row. A table may hold one row per customer (count 1)
 * or, after {@link #compress()}, one row per distinct (x, t<sub>x</sub>, T), which is how a large
 * customer base shrinks before fitting. Immutable and thread-safe.
 *
 * <p>Row rules: x ≥ 0; 0 ≤ t<sub>x</sub> ≤ T, all finite; t<sub>x</sub> = 0 when x = 0; count ≥ 1.
 */
public final class FrequencyRecencyTable {
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final long[] count;
  private final long customers;

  private FrequencyRecencyTable(int[] frequency, double[] recency, double[] age, long[] count) {
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.count = count;
    long total = 0;
    for (int i = 0; i < frequency.length; i++) {
      checkRow(i, frequency[i], recency[i], age[i], count[i]);
      total = Math.addExact(total, count[i]);
    }
    this.customers = total;
  }

  static void checkRow(int row, int x, double tx, double t, long n) {
    checkArgument(x >= 0, "frequency must be >= 0 but was %s in row %s", x, row);
    checkArgument(Double.isFinite(t) && t >= 0, "age T must be finite and >= 0 but was %s in row %s", Double.valueOf(t), row);
    checkArgument(Double.isFinite(tx) && tx >= 0 && tx <= t,
        "recency must be in [0, T=%s] but was %s in row %s", t, tx, row);
    checkArgument(x > 0 || tx == 0, "recency must be 0 when frequency is 0 but was %s in row %s", Double.valueOf(tx), row);
    checkArgument(n >= 1, "count must be >= 1 but was %s in row %s", n, row);
  }

  /**
   * Returns a table of one row per customer (every count 1), copying the arrays.
   *
   * @param frequency x per customer
   * @param recency t<sub>x</sub> per customer
   * @param age T per customer
   * @return the table
   * @throws IllegalArgumentException if the lengths differ or a row breaks the row rules
   */
  public static FrequencyRecencyTable of(int[] frequency, double[] recency, double[] age) {
    long[] ones = new long[frequency.length];
    Arrays.fill(ones, 1L);
    return of(frequency, recency, age, ones);
  }

  /**
   * Returns a weighted table, copying the arrays.
   *
   * @param frequency x per row
   * @param recency t<sub>x</sub> per row
   * @param age T per row
   * @param count customers per row
   * @return the table
   * @throws IllegalArgumentException if the lengths differ or a row breaks the row rules
   */
  public static FrequencyRecencyTable of(int[] frequency, double[] recency, double[] age, long[] count) {
    requireNonNull(frequency, "frequency");
    requireNonNull(recency, "recency");
    requireNonNull(age, "age");
    requireNonNull(count, "count");
    int n = frequency.length;
    checkArgument(recency.length == n && age.length == n && count.length == n,
        "columns must have equal lengths but had %s, %s, %s, %s", n, recency.length, age.length, count.length);
    return new FrequencyRecencyTable(frequency.clone(), recency.clone(), age.clone(), count.clone());
  }

  /** Returns a builder that collects rows one by one. */
  public static FrequencyRecencyTableBuilder builder() {
    return new FrequencyRecencyTableBuilder();
  }

  static FrequencyRecencyTable wrap(int[] frequency, double[] recency, double[] age, long[] count) {
    return new FrequencyRecencyTable(frequency, recency, age, count);
  }

  /** Returns the number of rows. */
  public int size() {
    return frequency.length;
  }

  /** Returns the number of customers: the sum of the counts. */
  public long customers() {
    return customers;
  }

  /**
   * Returns x of a row.
   *
   * @param row the row index
   * @return the frequency
   * @throws IndexOutOfBoundsException if the row does not exist
   */
  public int frequency(int row) {
    checkElementIndex(row, frequency.length, "row");
    return frequency[row];
  }

  /**
   * Returns t<sub>x</sub> of a row.
   *
   * @param row the row index
   * @return the recency
   * @throws IndexOutOfBoundsException if the row does not exist
   */
  public double recency(int row) {
    checkElementIndex(row, frequency.length, "row");
    return recency[row];
  }

  /**
   * Returns T of a row.
   *
   * @param row the row index
   * @return the age
   * @throws IndexOutOfBoundsException if the row does not exist
   */
  public double age(int row) {
    checkElementIndex(row, frequency.length, "row");
    return age[row];
  }

  /**
   * Returns the number of customers in a row.
   *
   * @param row the row index
   * @return the count
   * @throws IndexOutOfBoundsException if the row does not exist
   */
  public long count(int row) {
    checkElementIndex(row, frequency.length, "row");
    return count[row];
  }

  /**
   * Returns a table with the rows of this table followed by those of another, so tables built per
   * partition combine before fitting (the log-likelihood is a sum over rows).
   *
   * @param other the other table
   * @return the combined table
   */
  public FrequencyRecencyTable plus(FrequencyRecencyTable other) {
    requireNonNull(other, "other");
    int n = size();
    int m = other.size();
    int[] x = Arrays.copyOf(frequency, n + m);
    double[] tx = Arrays.copyOf(recency, n + m);
    double[] t = Arrays.copyOf(age, n + m);
    long[] c = Arrays.copyOf(count, n + m);
    System.arraycopy(other.frequency, 0, x, n, m);
    System.arraycopy(other.recency, 0, tx, n, m);
    System.arraycopy(other.age, 0, t, n, m);
    System.arraycopy(other.count, 0, c, n, m);
    return new FrequencyRecencyTable(x, tx, t, c);
  }

  /**
   * Returns a table with one row per distinct (x, t<sub>x</sub>, T), counts summed, in order of
   * first occurrence. Values are compared exactly (after mapping −0.0 to 0.0).
   *
   * @return the compressed table
   */
  public FrequencyRecencyTable compress() {
    int n = frequency.length;
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int[] slots = new int[capacity];
    Arrays.fill(slots, -1);
    int[] outX = new int[n];
    double[] outTx = new double[n];
    double[] outT = new double[n];
    long[] outCount = new long[n];
    int rows = 0;
    int mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      int x = frequency[i];
      double tx = recency[i] + 0.0;
      double t = age[i] + 0.0;
      long hash = x * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(tx) * 0xC2B2AE3D27D4EB4FL
          ^ Double.doubleToLongBits(t) * 0x165667B19E3779F9L;
      int slot = (int) (hash ^ (hash >>> 29) ^ (hash >>> 47)) & mask;
      while (true) {
        int existing = slots[slot];
        if (existing < 0) {
          slots[slot] = rows;
          outX[rows] = x;
          outTx[rows] = tx;
          outT[rows] = t;
          outCount[rows] = count[i];
          rows++;
          break;
        }
        if (outX[existing] == x && outTx[existing] == tx && outT[existing] == t) {
          outCount[existing] = Math.addExact(outCount[existing], count[i]);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return new FrequencyRecencyTable(Arrays.copyOf(outX, rows), Arrays.copyOf(outTx, rows),
        Arrays.copyOf(outT, rows), Arrays.copyOf(outCount, rows));
  }

  // Package-private views for the fitter and scorer; never modified.
  int[] frequencies() {
    return frequency;
  }

  double[] recencies() {
    return recency;
  }

  double[] ages() {
    return age;
  }

  long[] counts() {
    return count;
  }

  @Override
  public String toString() {
    return "FrequencyRecencyTable[rows=" + frequency.length + ", customers=" + customers + "]";
  }
}
