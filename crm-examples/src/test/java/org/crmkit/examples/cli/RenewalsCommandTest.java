package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalsCommandTest {
  private static final List<String> DUE_IN_30 = List.of(
      "{\"contractId\":\"K0000065-1\",\"customerId\":\"C0000065\",\"start\":\"2025-07-05\",\"end\":\"2026-07-04\","
          + "\"term\":\"P1Y\",\"daysLeft\":4,\"accountManager\":null,\"pendingRenewal\":\"C0000065.0035\"}",
      "{\"contractId\":\"K0000207-1\",\"customerId\":\"C0000207\",\"start\":\"2025-07-15\",\"end\":\"2026-07-14\","
          + "\"term\":\"P1Y\",\"daysLeft\":14,\"accountManager\":null,\"pendingRenewal\":null}",
      "{\"contractId\":\"K0000021-1\",\"customerId\":\"C0000021\",\"start\":\"2025-07-19\",\"end\":\"2026-07-18\","
          + "\"term\":\"P1Y\",\"daysLeft\":18,\"accountManager\":null,\"pendingRenewal\":null}",
      "{\"contractId\":\"K0000010-1\",\"customerId\":\"C0000010\",\"start\":\"2025-07-24\",\"end\":\"2026-07-23\","
          + "\"term\":\"P1Y\",\"daysLeft\":23,\"accountManager\":null,\"pendingRenewal\":null}");

  @Test
  void renewals_within30d_printsTheUndecidedContractsSoonestFirst() {
    CliRun run = CliRun.of("renewals", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "--within", "30d", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals(DUE_IN_30, run.out().lines().toList());
  }

  @ParameterizedTest
  @CsvSource({"30, 4", "14d, 2", "4d, 1", "3d, 0", "0d, 0"})
  void renewals_window_includesContractsEndingOnItsLastDay(String within, int expected) {
    CliRun run = CliRun.of("renewals", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "--within", within, "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(DUE_IN_30.subList(0, expected), run.out().lines().toList());
  }

  @Test
  void renewals_withoutWithin_defaultsTo30Days() {
    CliRun run = CliRun.of("renewals", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(DUE_IN_30, run.out().lines().toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--within abc  | crm renewals: --within must be a number of days in [0, 3660] such as '30d' but was 'abc'",
    "--within -1d  | crm renewals: --within must be a number of days in [0, 3660] such as '30d' but was '-1d'",
    "--within 30w  | crm renewals: --within must be a number of days in [0, 3660] such as '30d' but was '30w'",
    "--within 3661 | crm renewals: --within must be a number of days in [0, 3660] such as '30d' but was '3661'",
    "--within 99999999999d | crm renewals: --within must be a number of days in [0, 3660] such as '30d' but was '99999999999d'",
  })
  void renewals_badWithin_exitsTwoWithOneExactLine(String args, String expected) {
    List<String> argv = new java.util.ArrayList<>(List.of("renewals", "--input", OperationsExportFixture.path(), "--as-of",
        "2026-06-30"));
    argv.addAll(List.of(args.strip().split(" +")));
    CliRun run = CliRun.of(argv.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(expected), run.errLines());
  }

  @Test
  void renewals_notAnExport_exitsTwoWithOneLineNamingTheFile(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "not json");

    CliRun run = CliRun.of("renewals", "--input", bad.toString(), "--as-of", "2026-06-30", "-q");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("crm renewals: " + bad + ":1"), run.err());
  }

  @Test
  void renewals_withoutInput_exitsTwoWithOneLine() {
    CliRun run = CliRun.of("renewals", "--as-of", "2026-06-30");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm renewals: --input must be given but was missing"), run.errLines());
  }
}
