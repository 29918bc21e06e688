package org.crmkit.scoring.stats;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A breakdown by key (segment, region, tier, account manager, period …): one {@link
 * Accumulator} per key, itself mergeable, so a breakdown can be computed in parts too. Mutable
 * and not thread-safe.
 *
 * <pre>{@code
 * KeyedAccumulator<String, SurveyResponse, NpsAccumulator, NpsStatistics> byRegion =
 *     KeyedAccumulator.of(NpsAccumulator::new);
 * byRegion.add("east", response);
 * Map<String, NpsStatistics> groups = byRegion.snapshot();
 * }</pre>
 *
 * @param <K> the key type; keys need consistent {@code equals} and {@code hashCode}
 * @param <T> the type of value added
 * @param <A> the accumulator type
 * @param <S> the snapshot type
 */
public final class KeyedAccumulator<K, T, A extends Accumulator<T, A, S>, S> {
  private final Supplier<A> factory;
  private final Map<K, A> groups = new HashMap<>();

  private KeyedAccumulator(Supplier<A> factory) {
    this.factory = requireNonNull(factory, "factory");
  }

  /**
   * Returns an empty breakdown.
   *
   * @param factory makes a fresh, empty accumulator for a new key (and for {@link #overall()})
   * @param <K> the key type
   * @param <T> the value type
   * @param <A> the accumulator type
   * @param <S> the snapshot type
   * @return the breakdown
   */
  public static <K, T, A extends Accumulator<T, A, S>, S> KeyedAccumulator<K, T, A, S> of(Supplier<A> factory) {
    return new KeyedAccumulator<>(factory);
  }

  /**
   * Adds a value under a key.
   *
   * @param key the key
   * @param value the value
   * @throws IllegalArgumentException if the accumulator rejects the value
   */
  public void add(K key, T value) {
    forKey(key).add(value);
  }

  /**
   * Returns the live accumulator of a key, created empty if the key is new; use it to add values
   * through the accumulator's own (for example primitive) methods.
   *
   * @param key the key
   * @return the key's accumulator, owned by this breakdown
   */
  public A forKey(K key) {
    requireNonNull(key, "key");
    return groups.computeIfAbsent(key, k -> requireNonNull(factory.get(), "factory result"));
  }

  /**
   * Adds everything another breakdown has seen, key by key; {@code other} is not changed.
   *
   * @param other the other breakdown
   */
  public void merge(KeyedAccumulator<K, T, A, S> other) {
    requireNonNull(other, "other");
    if (other == this) {
      groups.values().forEach(a -> a.merge(a));
      return;
    }
    other.groups.forEach((key, accumulator) -> forKey(key).merge(accumulator));
  }

  /** Returns the number of keys seen. */
  public int size() {
    return groups.size();
  }

  /** Returns an immutable snapshot per key, in no particular order. */
  public Map<K, S> snapshot() {
    Map<K, S> result = new HashMap<>();
    groups.forEach((key, accumulator) -> result.put(key, accumulator.snapshot()));
    return Collections.unmodifiableMap(result);
  }

  /**
   * Returns an immutable snapshot per key, sorted by key, as a trend by period needs.
   *
   * @return the snapshots in key order
   * @throws ClassCastException if the keys are not mutually comparable
   */
  public SortedMap<K, S> sortedSnapshot() {
    SortedMap<K, S> result = new TreeMap<>();
    groups.forEach((key, accumulator) -> result.put(key, accumulator.snapshot()));
    return Collections.unmodifiableSortedMap(result);
  }

  /** Returns the snapshot over all keys together. */
  public S overall() {
    A all = factory.get();
    groups.values().forEach(all::merge);
    return all.snapshot();
  }
}
