package org.crmkit.examples.bench;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crmkit.scoring.bgnbd.BgNbdFit;
import org.crmkit.scoring.bgnbd.BgNbdFitter;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;
import org.crmkit.scoring.bgnbd.BgNbdSimulator;
import org.crmkit.scoring.bgnbd.FrequencyRecencyTable;
import org.crmkit.scoring.bgnbd.FrequencyRecencyTableBuilder;
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
 * BG/NBD on one thread: the maximum-likelihood fit of the CDNOW calibration summary (2,357
 * customers, from this module's resources, see {@code org/crmkit/examples/cdnow/README.md};
 * target: at most 5 ms warm), the fit of {@value #SIMULATED} customers simulated from the CDNOW
 * parameters (target: under 2 s) — once with continuous recencies (one row per customer) and once
 * on a day grain (as real purchase days are, compressed into a frequency/recency table) — and the
 * scoring of P(alive) plus E[Y(t)] for the simulated customers (target: at least 10M customers/s).
 * Set-up prints the parameters the simulated fit recovers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class BgNbdBenchmark {
  /** How many customers are simulated. */
  public static final int SIMULATED = 1_000_000;
  /** The CDNOW estimates of Fader, Hardie &amp; Lee (2005), the simulation's truth. */
  static final BgNbdParameters TRUTH = BgNbdParameters.of(0.2426, 4.4135, 0.7929, 2.4258);
  /** The prediction horizon of the scoring benchmark, in weeks. */
  static final double HORIZON = 39;

  FrequencyRecencyTable cdnow;
  FrequencyRecencyTable simulated;
  FrequencyRecencyTable simulatedDays;
  FrequencyRecencyTable simulatedDaysCompressed;
  BgNbdModel model;
  double[] alive;
  double[] expected;

  /** Creates the benchmark; JMH sets it up. */
  public BgNbdBenchmark() {}

  /** Reads CDNOW, simulates the customers and reports how well a fit recovers the truth. */
  @Setup(Level.Trial)
  public void load() {
    cdnow = readCdnow();
    double[] ages = new double[SIMULATED];
    for (int i = 0; i < SIMULATED; i++) {
      ages[i] = (190 + i % 83) / 7.0; // first purchases spread over 12 weeks, as in CDNOW
    }
    simulated = BgNbdSimulator.simulate(TRUTH, ages, BenchData.SEED);
    FrequencyRecencyTableBuilder days = FrequencyRecencyTable.builder();
    for (int i = 0; i < simulated.size(); i++) {
      double t = simulated.age(i);
      double tx = Math.min(t, Math.rint(simulated.recency(i) * 7) / 7.0);
      days.add(simulated.frequency(i), simulated.frequency(i) == 0 ? 0 : tx, t, simulated.count(i));
    }
    simulatedDays = days.build();
    simulatedDaysCompressed = simulatedDays.compress();
    model = BgNbdFitter.fit(cdnow).model();
    alive = new double[SIMULATED];
    expected = new double[SIMULATED];
    report("continuous", BgNbdFitter.fit(simulated));
    report("day grain (" + simulatedDaysCompressed.size() + " distinct rows)", BgNbdFitter.fit(simulatedDaysCompressed));
  }

  private static void report(String label, BgNbdFit fit) {
    BgNbdParameters p = fit.parameters();
    System.err.printf(Locale.ROOT, "%nBG/NBD fit of %,d simulated customers, %s: r %.4f (%+.1f%%), alpha %.4f (%+.1f%%), "
        + "a %.4f (%+.1f%%), b %.4f (%+.1f%%), %d iterations%n", fit.customers(), label,
        p.r(), pct(p.r(), TRUTH.r()), p.alpha(), pct(p.alpha(), TRUTH.alpha()), p.a(), pct(p.a(), TRUTH.a()),
        p.b(), pct(p.b(), TRUTH.b()), fit.iterations());
  }

  private static double pct(double estimate, double truth) {
    return 100 * (estimate - truth) / truth;
  }

  private static FrequencyRecencyTable readCdnow() {
    FrequencyRecencyTableBuilder builder = FrequencyRecencyTable.builder();
    try (InputStream in = BgNbdBenchmark.class.getResourceAsStream("/org/crmkit/examples/cdnow/cdnow_customers_summary.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, US_ASCII))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        builder.add(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /**
   * Fits CDNOW.
   *
   * @return the fit
   */
  @Benchmark
  public BgNbdFit fitCdnow() {
    return BgNbdFitter.fit(cdnow);
  }

  /**
   * Fits the simulated customers, one row per customer.
   *
   * @return the fit
   */
  @Benchmark
  public BgNbdFit fitSimulatedContinuous() {
    return BgNbdFitter.fit(simulated);
  }

  /**
   * Fits the simulated customers on a day grain, compressing the table first (compression timed).
   *
   * @return the fit
   */
  @Benchmark
  public BgNbdFit fitSimulatedDays() {
    return BgNbdFitter.fit(simulatedDays.compress());
  }

  /**
   * Scores P(alive) and the expected purchases over 39 weeks of every simulated customer.
   *
   * @return one expectation, so the work is not dead
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(SIMULATED)
  public double scoreSimulatedDays() {
    model.score(simulatedDays, HORIZON, alive, expected);
    return expected[SIMULATED - 1] + alive[0];
  }
}
