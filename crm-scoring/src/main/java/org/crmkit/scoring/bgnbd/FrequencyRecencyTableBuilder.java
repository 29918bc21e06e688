package org.crmkit.scoring.bgnbd;

import java.util.Arrays;

/**
 * Collects the rows of a {@link FrequencyRecencyTable}. Each row is validated when added. Not
 * thread-safe; {@link #build()} may be called more than once.
 */
public final class FrequencyRecencyTableBuilder {
  private int[] frequency = new int[16];
  private double[] recency = new double[16];
  private double[] age = new double[16];
  private long[] count = new long[16];
  private int size;

  FrequencyRecencyTableBuilder() {}

  /**
   * Adds one customer.
   *
   * @param x the frequency
   * @param tx the recency
   * @param t the age T
   * @return this builder
   * @throws IllegalArgumentException if the row breaks the table's row rules
   */
  public FrequencyRecencyTableBuilder add(int x, double tx, double t) {
    return add(x, tx, t, 1L);
  }

  /**
   * Adds a row that stands for {@code n} customers.
   *
   * @param x the frequency
   * @param tx the recency
   * @param t the age T
   * @param n the number of customers, at least 1
   * @return this builder
   * @throws IllegalArgumentException if the row breaks the table's row rules
   */
  public FrequencyRecencyTableBuilder add(int x, double tx, double t, long n) {
    FrequencyRecencyTable.checkRow(size, x, tx, t, n);
    if (size == frequency.length) {
      int capacity = Math.max(16, size + (size >> 1));
      frequency = Arrays.copyOf(frequency, capacity);
      recency = Arrays.copyOf(recency, capacity);
      age = Arrays.copyOf(age, capacity);
      count = Arrays.copyOf(count, capacity);
    }
    frequency[size] = x;
    recency[size] = tx;
    age[size] = t;
    count[size] = n;
    size++;
    return this;
  }

  /** Returns the table of the rows added so far. */
  public FrequencyRecencyTable build() {
    return FrequencyRecencyTable.wrap(Arrays.copyOf(frequency, size), Arrays.copyOf(recency, size),
        Arrays.copyOf(age, size), Arrays.copyOf(count, size));
  }
}
