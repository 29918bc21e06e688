package org.crmkit.examples.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.crmkit.examples.demo.SyntheticCustomerBase;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.pseudonym.Pseudonymizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Keyed pseudonyms ({@link Pseudonymizer#pseudonym}, HMAC-SHA-256 truncated to 128 bits, hex) of
 * customer ids, cycling through {@value #IDS} ids. Scores are pseudonyms/s (target: at least 2M/s
 * on one thread).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class PseudonymBenchmark {
  static final int IDS = 4096;
  private static final byte[] KEY = "crmkit-benchmark-key-not-secret-000".getBytes(StandardCharsets.US_ASCII);

  Pseudonymizer pseudonymizer;
  String[] ids;
  int next;

  /** Creates the benchmark. */
  public PseudonymBenchmark() {}

  /** Builds the pseudonymizer and the ids. */
  @Setup(Level.Trial)
  public void setUp() {
    pseudonymizer = Pseudonymizer.of(KeySource.fromMasterKey(KEY));
    ids = new String[IDS];
    for (int i = 0; i < IDS; i++) {
      ids[i] = SyntheticCustomerBase.customerId(i).value();
    }
  }

  /**
   * Makes one pseudonym.
   *
   * @return the pseudonym, consumed by JMH
   */
  @Benchmark
  public String pseudonym() {
    next = (next + 1) & (IDS - 1);
    return pseudonymizer.pseudonym("view:anonymous", ids[next]);
  }
}
