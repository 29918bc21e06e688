package org.crmkit.examples.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.CustomerId;
import org.crmkit.scoring.rfm.RfmMetrics;
import org.crmkit.scoring.rfm.RfmScore;
import org.crmkit.scoring.rfm.RfmScorer;
import org.crmkit.scoring.rfm.TiePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RFM scoring of {@value #CUSTOMERS} customers' pre-aggregated measures (quintiles of recency,
 * frequency and monetary value, cell and segment), in milliseconds per population on one thread
 * (target: under 1 s), for both tie policies. Measures are drawn once, seeded, with many ties in
 * frequency as in real data.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RfmBenchmark {
  /** How many customers. */
  public static final int CUSTOMERS = 1_000_000;

  /** The tie policy. */
  @Param({"VALUE_THRESHOLDS", "RANK"})
  public TiePolicy ties;

  List<RfmMetrics> population;

  /** Creates the benchmark; JMH sets it up. */
  public RfmBenchmark() {}

  /** Draws the measures. */
  @Setup(Level.Trial)
  public void draw() {
    SplittableRandom rng = new SplittableRandom(BenchData.SEED);
    population = new ArrayList<>(CUSTOMERS);
    for (int i = 0; i < CUSTOMERS; i++) {
      long frequency = 1 + (long) (-Math.log(1 - rng.nextDouble()) * 3);
      population.add(RfmMetrics.of(CustomerId.of(String.format("C%07d", i)), rng.nextInt(0, 730), frequency,
          BigDecimal.valueOf(rng.nextLong(100, 10_000_000), 2)));
    }
  }

  /**
   * Scores the population.
   *
   * @return the scores
   */
  @Benchmark
  public List<RfmScore> score() {
    return RfmScorer.score(population, ties);
  }
}
