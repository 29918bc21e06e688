package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.examples.demo.SyntheticCustomerBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCommandTest {
  private static final List<String> SECTIONS = List.of("Customers by type", "Customers by industry",
      "Customers by region (province)", "Customers by life-cycle stage", "Customers by value segment",
      "Interactions by kind", "Consent on 2026-06-30 by purpose", "Duplicates found");

  @Test
  void demo_smallBase_exitsZeroAndPrintsEverySection() {
    CliRun run = CliRun.of("demo", "--customers", "300", "--quiet");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith(
        "crm demo: synthetic customer base of 300 customers (seed 20260630, as of 2026-06-30)\n"), run.out());
    assertTrue(run.out().contains("\nLoaded into the in-memory stores: 300 customers, "), run.out());
    assertAll(SECTIONS.stream().map(s -> () -> assertTrue(run.out().contains("\n" + s), s)));
    assertAll(List.of("individual", "enterprise", "institution", "purchase", "site visit", "renewal",
        "direct-marketing (opt-out)", "sensitive-data-use (opt-in)", "candidate pairs", "planted duplicates")
        .stream().map(s -> () -> assertTrue(run.out().contains("\n  " + s), s)));
  }

  @Test
  void demo_withoutQuiet_reportsProgressOnStderrOnly() {
    CliRun run = CliRun.of("demo", "--customers", "50");

    assertEquals(0, run.exitCode());
    assertTrue(run.errLines().size() >= 2, run.err());
    assertTrue(run.errLines().stream().allMatch(l -> l.startsWith("crm demo: ")), run.err());
    assertTrue(run.errLines().stream().noneMatch(run.out()::contains), run.err());
  }

  @Test
  void demo_sameSeed_sameOutput() {
    CliRun first = CliRun.of("demo", "--customers", "200", "--seed", "7", "--as-of", "2025-01-15", "-q");
    CliRun second = CliRun.of("demo", "--customers", "200", "--seed", "7", "--as-of", "2025-01-15", "-q");
    CliRun otherSeed = CliRun.of("demo", "--customers", "200", "--seed", "8", "--as-of", "2025-01-15", "-q");

    assertEquals(0, first.exitCode());
    assertEquals(first.out(), second.out());
    assertNotEquals(first.out(), otherSeed.out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "demo --customers abc     | crm demo: --customers must be an integer in [1, 2000000] but was 'abc'",
    "demo --customers 0       | crm demo: --customers must be an integer in [1, 2000000] but was '0'",
    "demo --customers 2000001 | crm demo: --customers must be an integer in [1, 2000000] but was '2000001'",
    "demo --customers -5      | crm demo: --customers must be an integer in [1, 2000000] but was '-5'",
    "demo --customers=        | crm demo: --customers must be an integer in [1, 2000000] but was ''",
    "demo --seed x            | crm demo: --seed must be an integer in [-9223372036854775808, 9223372036854775807] but was 'x'",
    "demo --seed 1.5          | crm demo: --seed must be an integer in [-9223372036854775808, 9223372036854775807] but was '1.5'",
    "demo --as-of 2026-13-01  | crm demo: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was '2026-13-01'",
    "demo --as-of 1969-12-31  | crm demo: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was '1969-12-31'",
  })
  void demo_badOptionValue_exitsTwoWithOneExactLine(String args, String expected) {
    CliRun run = CliRun.of(args.strip().split(" +"));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(expected), run.errLines());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "demo --bogus                     | unknown option '--bogus'",
    "demo --customers                 | --customers must be followed by a value",
    "demo --customers 5 --customers 6 | --customers must be given at most once",
    "demo extra                       | the argument 'extra'",
    "frobnicate                       | expected a command (one of: demo",
    "--bogus                          | unknown option '--bogus'",
  })
  void crm_badUsage_exitsTwoWithOneLineNamingTheProblem(String args, String fragment) {
    CliRun run = CliRun.of(args.strip().split(" +"));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("crm"), run.err());
    assertTrue(run.err().contains(fragment), run.err());
  }

  @Test
  void crm_withoutCommand_exitsTwoWithOneLine() {
    CliRun run = CliRun.of();

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().matches("crm: expected a command \\(one of: demo(, [a-z]+)*\\) but none was given; see 'crm --help'\\R"),
        run.err());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--help      | Usage: crm ",
    "help demo   | Usage: crm demo ",
    "demo --help | --customers=N",
    "demo -h     | --as-of=DATE",
    "--version   | crm (crmkit) ",
  })
  void crm_helpAndVersion_printOnStdoutAndExitZero(String args, String fragment) {
    CliRun run = CliRun.of(args.strip().split(" +"));

    assertEquals(0, run.exitCode());
    assertEquals("", run.err());
    assertTrue(run.out().contains(fragment), run.out());
  }

  @Test
  void demo_export_writesFileThatReadsBackAsTheGeneratedProfiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("base.json");

    CliRun run = CliRun.of("demo", "--customers", "120", "--seed", "3", "--export", file.toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    List<CustomerProfile> read;
    try (InputStream in = Files.newInputStream(file)) {
      read = CustomerExport.read(in);
    }
    assertEquals(120, read.size());
    assertEquals(SyntheticCustomerBase.of(120, 3, LocalDate.of(2026, 6, 30)).profiles().toList(), read);
  }

  @Test
  void demo_exportTwice_writesIdenticalBytes(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");

    assertEquals(0, CliRun.of("demo", "--customers", "80", "--export", a.toString(), "-q").exitCode());
    assertEquals(0, CliRun.of("demo", "--customers", "80", "--export", b.toString(), "-q").exitCode());

    assertEquals(-1L, Files.mismatch(a, b));
  }

  @Test
  void demo_exportIntoMissingDirectory_exitsTwoBeforeGenerating(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("base.json");

    CliRun run = CliRun.of("demo", "--customers", "10", "--export", file.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm demo: --export must be a file in an existing, writable directory but was '" + file + "'"),
        run.errLines());
  }
}
