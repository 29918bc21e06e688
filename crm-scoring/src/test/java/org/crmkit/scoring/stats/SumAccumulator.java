package org.crmkit.scoring.stats;

/** A minimal accumulator for tests of the generic machinery: the sum of integers. */
final class SumAccumulator implements Accumulator<Integer, SumAccumulator, Long> {
  private long sum;

  @Override
  public void add(Integer value) {
    sum += value;
  }

  @Override
  public void merge(SumAccumulator other) {
    sum += other.sum;
  }

  @Override
  public Long snapshot() {
    return sum;
  }
}
