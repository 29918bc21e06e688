package org.crmkit.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.CustomerId;
import org.crmkit.scoring.tier.TierEngine;
import org.crmkit.scoring.tier.TierMember;
import org.crmkit.scoring.tier.TierMetrics;
import org.crmkit.scoring.tier.TierPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tier evaluation of {@value #CUSTOMERS} customers from pre-aggregated {@link TierMetrics}
 * against the default policy, in customers per second on one thread (target: at least 2M/s):
 * {@link TierPolicy#qualifiedRank} alone, and {@link TierEngine#evaluate(TierMember, TierMetrics,
 * String, java.time.LocalDate)} with its full decision trace. Metrics are drawn once, seeded,
 * spread across every tier.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class TierBenchmark {
  /** How many customers per invocation. */
  public static final int CUSTOMERS = 1 << 20;

  TierPolicy policy;
  TierEngine engine;
  TierMetrics[] metrics;
  TierMember[] members;
  String[] held;
  LocalDate asOf;

  /** Creates the benchmark; JMH sets it up. */
  public TierBenchmark() {}

  /** Draws the metrics. */
  @Setup(Level.Trial)
  public void draw() {
    policy = TierPolicy.defaults(Currency.getInstance("CNY"), ZoneOffset.ofHours(8));
    engine = TierEngine.of(policy);
    asOf = BenchData.AS_OF;
    SplittableRandom rng = new SplittableRandom(BenchData.SEED);
    metrics = new TierMetrics[CUSTOMERS];
    members = new TierMember[CUSTOMERS];
    held = new String[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS; i++) {
      long spend = (long) Math.exp(rng.nextDouble(2, 11.5));
      long purchases = rng.nextInt(0, 40);
      long tenure = rng.nextInt(0, 1500);
      metrics[i] = TierMetrics.of(BigDecimal.valueOf(spend, 0), purchases, tenure, spend);
      members[i] = TierMember.of(CustomerId.of("C" + i), asOf.minusDays(tenure));
      held[i] = policy.tier(rng.nextInt(policy.tiers().size())).id();
    }
  }

  /**
   * The qualifying rank of every customer.
   *
   * @return the sum of ranks
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public long qualifiedRank() {
    long sum = 0;
    for (TierMetrics m : metrics) {
      sum += policy.qualifiedRank(m);
    }
    return sum;
  }

  /**
   * The full decision with its trace, for a held tier.
   *
   * @param bh consumes the decisions
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void evaluateWithTrace(Blackhole bh) {
    for (int i = 0; i < CUSTOMERS; i++) {
      bh.consume(engine.evaluate(members[i], metrics[i], held[i], asOf));
    }
  }
}
