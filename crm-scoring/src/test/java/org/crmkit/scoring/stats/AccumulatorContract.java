package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of every {@link Accumulator}, as jqwik default properties that each accumulator's
 * {@code *Properties} class inherits (the {@code ComparatorContract} pattern).
 *
 * @param <T> the value type
 * @param <A> the accumulator type
 * @param <S> the snapshot type
 */
public interface AccumulatorContract<T, A extends Accumulator<T, A, S>, S> {

  /** Returns a fresh, empty accumulator. */
  A newAccumulator();

  /** Returns the values to add. */
  Arbitrary<T> value();

  @Provide
  default Arbitrary<List<T>> values() {
    return value().list().ofMaxSize(120);
  }

  private A accumulate(List<T> values) {
    A accumulator = newAccumulator();
    values.forEach(accumulator::add);
    return accumulator;
  }

  @Property
  default void splitThenMergeEqualsOnePass(@ForAll("values") List<T> values, @ForAll @IntRange(max = 120) int cut) {
    int at = Math.min(cut, values.size());
    A left = accumulate(values.subList(0, at));
    left.merge(accumulate(values.subList(at, values.size())));
    assertEquals(accumulate(values).snapshot(), left.snapshot());
  }

  @Property
  default void mergeIsAssociative(@ForAll("values") List<T> a, @ForAll("values") List<T> b,
      @ForAll("values") List<T> c) {
    A leftFirst = accumulate(a);
    leftFirst.merge(accumulate(b));
    leftFirst.merge(accumulate(c));
    A rightFirst = accumulate(b);
    rightFirst.merge(accumulate(c));
    A result = accumulate(a);
    result.merge(rightFirst);
    assertEquals(result.snapshot(), leftFirst.snapshot());
  }

  @Property
  default void mergeIsCommutative(@ForAll("values") List<T> a, @ForAll("values") List<T> b) {
    A ab = accumulate(a);
    ab.merge(accumulate(b));
    A ba = accumulate(b);
    ba.merge(accumulate(a));
    assertEquals(ba.snapshot(), ab.snapshot());
  }

  @Property
  default void emptyAccumulatorIsMergeIdentity(@ForAll("values") List<T> values) {
    S expected = accumulate(values).snapshot();
    A left = newAccumulator();
    left.merge(accumulate(values));
    A right = accumulate(values);
    right.merge(newAccumulator());
    assertEquals(expected, left.snapshot());
    assertEquals(expected, right.snapshot());
  }

  @Property
  default void mergeLeavesOtherUnchanged(@ForAll("values") List<T> a, @ForAll("values") List<T> b) {
    A other = accumulate(b);
    S before = other.snapshot();
    accumulate(a).merge(other);
    assertEquals(before, other.snapshot());
  }

  @Property(tries = 50)
  default void parallelCollectorEqualsOnePass(@ForAll("values") List<T> values) {
    S parallel = values.parallelStream().collect(Accumulators.toSnapshot(this::newAccumulator));
    assertEquals(accumulate(values).snapshot(), parallel);
  }
}
