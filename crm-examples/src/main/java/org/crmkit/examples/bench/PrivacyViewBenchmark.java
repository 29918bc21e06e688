package org.crmkit.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A privacy view of {@value #BATCH} synthetic customers (the customer records, without their
 * interactions) read through {@link PrivacyGateway#read}, so each operation includes the access
 * check and one access-log append per batch. Scores are customers/s (target for the standard
 * view: at least 1M customers/s on one thread). {@link #readToPlain} adds turning each view into
 * its plain form, as output does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class PrivacyViewBenchmark {
  /** Customers per read. */
  static final int BATCH = 1000;
  /** A benchmark-only master key; never a real one. */
  private static final byte[] KEY = "crmkit-benchmark-key-not-secret-000".getBytes(StandardCharsets.US_ASCII);

  /** Which view: standard or anonymous. */
  @Param({"standard", "anonymous"})
  public String view;

  PrivacyGateway gateway;
  Viewer viewer;
  ViewSpec spec;
  List<CustomerProfile> profiles;

  /** Creates the benchmark; JMH fills in the parameters. */
  public PrivacyViewBenchmark() {}

  /** Generates the customers and builds the gateway. */
  @Setup(Level.Trial)
  public void setUp() {
    profiles = BenchData.base(BATCH).customers().map(c -> new CustomerProfile(c, List.of(), List.of())).toList();
    spec = ViewSpec.parse(view);
    viewer = Viewer.of("bench", "u1", "benchmark", AccessPolicy.USER, AccessPolicy.ANALYST);
    gateway = DemoPrivacy.gateway(KeySource.fromMasterKey(KEY),
        Clock.fixed(BenchData.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
  }

  /** Starts each iteration with an empty access log, so that the log does not grow without bound. */
  @Setup(Level.Iteration)
  public void freshLog() {
    gateway = DemoPrivacy.gateway(KeySource.fromMasterKey(KEY),
        Clock.fixed(BenchData.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
  }

  /**
   * Reads the view of one batch.
   *
   * @return the views, consumed by JMH
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<ProfileView> read() {
    return gateway.read(viewer, spec, profiles);
  }

  /**
   * Reads the view of one batch and turns every view into its plain Java form, what a JSON writer
   * serialises: the view's cost including the text of the timestamps it keeps as instants.
   *
   * @return the plain forms, consumed by JMH
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<Map<String, Object>> readToPlain() {
    List<ProfileView> views = gateway.read(viewer, spec, profiles);
    List<Map<String, Object>> out = new ArrayList<>(views.size());
    for (ProfileView v : views) {
      out.add(v.toPlain());
    }
    return out;
  }
}
