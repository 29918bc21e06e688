package org.crmkit.examples.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crmkit.scoring.nps.NpsAccumulator;
import org.crmkit.scoring.nps.NpsCategory;
import org.crmkit.scoring.nps.NpsStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * NPS accumulation over {@value #SCORES} 0–10 scores held in a {@code byte[]}, in scores per
 * second on one thread: {@link NpsAccumulator#addAll(byte[])} (target: at least 500M scores/s)
 * against a straightforward Java Streams {@code groupingBy}/{@code counting} version measured in
 * the same run (target: the accumulator at least 10× faster). The scores are drawn once, seeded.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class NpsBenchmark {
  /** How many scores: 10^8. */
  public static final int SCORES = 100_000_000;

  byte[] scores;

  /** Creates the benchmark; JMH sets it up. */
  public NpsBenchmark() {}

  /** Draws the scores, skewed like real answers (more 8–10 than 0–3). */
  @Setup(Level.Trial)
  public void draw() {
    SplittableRandom rng = new SplittableRandom(BenchData.SEED);
    byte[] weights = {2, 1, 2, 3, 3, 6, 7, 12, 18, 20, 26};
    byte[] table = new byte[100];
    int k = 0;
    for (int s = 0; s <= 10; s++) {
      for (int w = 0; w < weights[s]; w++) {
        table[k++] = (byte) s;
      }
    }
    scores = new byte[SCORES];
    for (int i = 0; i < SCORES; i++) {
      scores[i] = table[rng.nextInt(k)];
    }
  }

  /**
   * The library's accumulator.
   *
   * @return the statistics
   */
  @Benchmark
  @OperationsPerInvocation(SCORES)
  public NpsStatistics accumulator() {
    NpsAccumulator acc = new NpsAccumulator();
    acc.addAll(scores);
    return acc.snapshot();
  }

  /**
   * The baseline: a Streams pipeline classifying each score and counting per category.
   *
   * @return the counts per category
   */
  @Benchmark
  @OperationsPerInvocation(SCORES)
  public Map<NpsCategory, Long> streamsGroupingBy() {
    byte[] s = scores;
    return IntStream.range(0, s.length)
        .mapToObj(i -> NpsCategory.of(s[i]))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
