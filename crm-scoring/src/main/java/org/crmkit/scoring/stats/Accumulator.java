package org.crmkit.scoring.stats;

/**
 * A mutable, mergeable accumulator of a statistic, in the style of Guava's {@code
 * StatsAccumulator}: {@link #add} values, {@link #merge} another accumulator that saw another
 * part of the data, and take an immutable {@link #snapshot}.
 *
 * <p>Laws every implementation keeps (and proves with {@code AccumulatorContract}): adding a
 * data set in parts and merging the parts gives the same snapshot as adding it in one pass;
 * {@code merge} is associative and commutative; a fresh accumulator is its identity. That is
 * what lets Spark, Flink or Beam compute the statistic in parallel.
 *
 * <p>Implementations are not thread-safe: use one per thread and merge.
 *
 * @param <T> the type of value added
 * @param <A> the implementing type itself
 * @param <S> the snapshot type, immutable
 */
public interface Accumulator<T, A extends Accumulator<T, A, S>, S> {

  /**
   * Adds one value.
   *
   * @param value the value
   * @throws IllegalArgumentException if the implementation does not accept the value
   */
  void add(T value);

  /**
   * Adds everything another accumulator has seen; {@code other} is not changed (unless it is
   * this accumulator, which then counts everything twice).
   *
   * @param other the other accumulator
   * @throws ArithmeticException if a counter would overflow
   */
  void merge(A other);

  /** Returns an immutable snapshot of what has been added so far. */
  S snapshot();
}
