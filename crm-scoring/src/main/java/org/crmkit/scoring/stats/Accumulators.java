package org.crmkit.scoring.stats;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * {@link Collector}s built on {@link Accumulator}s: combining two partial results is the
 * accumulator's {@code merge}, so parallel streams give the same answer as sequential ones.
 * Stateless and thread-safe.
 */
public final class Accumulators {
  private Accumulators() {}

  /**
   * Returns a collector into an accumulator's snapshot.
   *
   * @param factory makes an empty accumulator
   * @param <T> the value type
   * @param <A> the accumulator type
   * @param <S> the snapshot type
   * @return the collector
   */
  public static <T, A extends Accumulator<T, A, S>, S> Collector<T, A, S> toSnapshot(Supplier<A> factory) {
    requireNonNull(factory, "factory");
    return Collector.of(factory, Accumulator::add, (a, b) -> {
      a.merge(b);
      return a;
    }, Accumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a collector into a breakdown by key.
   *
   * @param key the key of each value, never null
   * @param factory makes an empty accumulator
   * @param <T> the value type
   * @param <K> the key type
   * @param <A> the accumulator type
   * @param <S> the snapshot type
   * @return the collector, giving an immutable map (no particular order)
   */
  public static <T, K, A extends Accumulator<T, A, S>, S> Collector<T, ?, Map<K, S>> groupingBy(
      Function<? super T, ? extends K> key, Supplier<A> factory) {
    return Accumulators.<T, K, A, S, Map<K, S>>keyed(key, factory, KeyedAccumulator::snapshot);
  }

  /**
   * Returns a collector into a trend: a breakdown by a period key, sorted by period. Period keys
   * come from {@link Periods} or any function of the value's time.
   *
   * @param period the period of each value, never null
   * @param factory makes an empty accumulator
   * @param <T> the value type
   * @param <P> the period type
   * @param <A> the accumulator type
   * @param <S> the snapshot type
   * @return the collector, giving an immutable map sorted by period
   */
  public static <T, P extends Comparable<? super P>, A extends Accumulator<T, A, S>, S>
      Collector<T, ?, SortedMap<P, S>> trend(Function<? super T, ? extends P> period, Supplier<A> factory) {
    return Accumulators.<T, P, A, S, SortedMap<P, S>>keyed(period, factory, KeyedAccumulator::sortedSnapshot);
  }

  /**
   * Returns a collector into a keyed accumulator, for callers that want both the groups and
   * {@link KeyedAccumulator#overall()}.
   *
   * @param key the key of each value, never null
   * @param factory makes an empty accumulator
   * @param <T> the value type
   * @param <K> the key type
   * @param <A> the accumulator type
   * @param <S> the snapshot type
   * @return the collector
   */
  public static <T, K, A extends Accumulator<T, A, S>, S>
      Collector<T, ?, KeyedAccumulator<K, T, A, S>> toKeyedAccumulator(
          Function<? super T, ? extends K> key, Supplier<A> factory) {
    return Accumulators.<T, K, A, S, KeyedAccumulator<K, T, A, S>>keyed(key, factory, Function.identity());
  }

  private static <T, K, A extends Accumulator<T, A, S>, S, R> Collector<T, KeyedAccumulator<K, T, A, S>, R> keyed(
      Function<? super T, ? extends K> key, Supplier<A> factory, Function<KeyedAccumulator<K, T, A, S>, R> finisher) {
    requireNonNull(key, "key");
    requireNonNull(factory, "factory");
    return Collector.of(
        () -> KeyedAccumulator.<K, T, A, S>of(factory),
        (keyed, value) -> keyed.add(requireNonNull(key.apply(value), "key of value"), value),
        (a, b) -> {
          a.merge(b);
          return a;
        },
        finisher,
        Collector.Characteristics.UNORDERED);
  }
}
