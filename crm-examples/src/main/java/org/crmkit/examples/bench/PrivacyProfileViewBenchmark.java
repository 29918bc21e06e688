package org.crmkit.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.examples.demo.DemoPrivacy;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The standard view of {@value #BATCH} whole synthetic profiles (customer record, about 23
 * interactions and a consent event each) read through {@link PrivacyGateway#read}. Scores are
 * profiles/s; {@link PrivacyViewBenchmark} measures customer records alone, the target.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class PrivacyProfileViewBenchmark {
  /** Profiles per read. */
  static final int BATCH = 100;
  /** A benchmark-only master key; never a real one. */
  private static final byte[] KEY = "crmkit-benchmark-key-not-secret-000".getBytes(StandardCharsets.US_ASCII);

  PrivacyGateway gateway;
  Viewer viewer;
  List<CustomerProfile> profiles;

  /** Creates the benchmark. */
  public PrivacyProfileViewBenchmark() {}

  /** Generates the profiles. */
  @Setup(Level.Trial)
  public void setUp() {
    profiles = BenchData.base(BATCH).profiles().toList();
    viewer = Viewer.of("bench", "u1", "benchmark", AccessPolicy.USER);
  }

  /** Starts each iteration with an empty access log, so that the log does not grow without bound. */
  @Setup(Level.Iteration)
  public void freshLog() {
    gateway = DemoPrivacy.gateway(KeySource.fromMasterKey(KEY),
        Clock.fixed(BenchData.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
  }

  /**
   * Reads the standard view of one batch.
   *
   * @return the views, consumed by JMH
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<ProfileView> read() {
    return gateway.read(viewer, ViewSpec.standard(), profiles);
  }
}
