package org.crmkit.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmkit.core.CustomerId;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.LogVerification;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.spi.AccessOutcome;
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
 * The hash-chained access log over the in-memory store: appending {@value #ENTRIES} entries to a
 * new log, and verifying a log of {@value #ENTRIES} entries. Each granted entry names {@link
 * #subjects} customers (1: a small entry, one customer's read; 1000: one batch of the view
 * benchmark); one entry in 16 is a denial, with none. Scores are entries/s (target for small
 * entries: at least 1M/s each on one thread).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class AccessLogBenchmark {
  static final int ENTRIES = 10_000;
  private static final int LISTS = 16;
  private static final Instant T0 = Instant.parse("2026-06-30T00:00:00Z");
  private static final Viewer VIEWER = Viewer.of("crm-web", "u42", "customer-service", AccessPolicy.USER);
  private static final String[] VIEWS = {"standard", "opt-out:direct-marketing", "anonymous", "personal"};

  /** Subjects per granted entry. */
  @Param({"1", "1000"})
  public int subjects;

  /** Subject lists, shared by the entries so that the benchmark's memory stays small. */
  List<List<CustomerId>> lists;
  AccessLog full;

  /** Creates the benchmark. */
  public AccessLogBenchmark() {}

  /** Fills the log that {@link #verify} checks. */
  @Setup(Level.Trial)
  public void setUp() {
    lists = new ArrayList<>();
    for (int l = 0; l < LISTS; l++) {
      List<CustomerId> ids = new ArrayList<>(subjects);
      for (int k = 0; k < subjects; k++) {
        ids.add(CustomerId.of(String.format("c-%08d", l * subjects + k)));
      }
      lists.add(List.copyOf(ids));
    }
    full = fill(AccessLog.inMemory());
  }

  private AccessLog fill(AccessLog log) {
    for (int i = 0; i < ENTRIES; i++) {
      boolean denied = (i & 15) == 0;
      log.append(T0.plusMillis(i), VIEWER, VIEWS[i & 3], denied ? List.of() : lists.get(i % LISTS),
          denied ? AccessOutcome.DENIED : AccessOutcome.GRANTED);
    }
    return log;
  }

  /**
   * Appends the entries to a new log.
   *
   * @return the log, consumed by JMH
   */
  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public AccessLog append() {
    return fill(AccessLog.inMemory());
  }

  /**
   * Verifies the full log.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public LogVerification verify() {
    return full.verify();
  }
}
