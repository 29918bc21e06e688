package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkit.core.customer.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpsCommandTest {
  private static final Pattern LINE = Pattern.compile("\\{\"customerId\":\"C\\d{7}\",\"purpose\":\"([A-Z_]+)\","
      + "\"reason\":\"[A-Za-z0-9._:/-]+\",\"dueBy\":\"\\d{4}-\\d{2}-\\d{2}\",\"overdueDays\":\\d+,"
      + "\"channel\":\"[A-Z_]+\",\"accountManager\":(null|\"AM-\\d{3}\")\\}");

  @Test
  void followups_demoExport_printsOneJsonLinePerFollowUpInPriorityOrder() {
    CliRun run = CliRun.of("followups", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(260, lines.size());
    assertEquals("{\"customerId\":\"C0000165\",\"purpose\":\"PERIODIC\",\"reason\":\"cadence:14d\","
        + "\"dueBy\":\"2020-09-15\",\"overdueDays\":2114,\"channel\":\"PHONE\",\"accountManager\":null}", lines.get(0));
    Map<String, Long> purposes = new TreeMap<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      assertTrue(m.matches(), line);
      purposes.merge(m.group(1), 1L, Long::sum);
    }
    assertEquals(Map.of("CARE", 3L, "MILESTONE", 24L, "PERIODIC", 233L), purposes);
    List<String> dueDates = lines.stream().map(l -> l.replaceAll(".*\"dueBy\":\"([^\"]+)\".*", "$1")).toList();
    assertEquals(dueDates.stream().sorted().toList(), dueDates);
  }

  @Test
  void followups_output_carriesNoNamesPhonesOrEmails() {
    CliRun run = CliRun.of("followups", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertAll(OperationsExportFixture.PROFILES.stream().map(p -> p.customer()).map(Customer::displayName)
        .map(name -> () -> assertTrue(!run.out().contains(name), "a customer's name is in the output")));
    assertTrue(!run.out().contains("@"), "an e-mail address is in the output");
  }

  @Test
  void followups_withoutQuiet_reportsCountsOnStderr() {
    CliRun run = CliRun.of("followups", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30");

    assertEquals(0, run.exitCode());
    assertEquals(List.of("crm followups: planning follow-ups for 300 customers as of 2026-06-30",
        "crm followups: 260 follow-ups due, 0 marketing follow-ups suppressed by consent"), run.errLines());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--as-of 2026-02-30 | crm followups: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was '2026-02-30'",
    "--as-of yesterday  | crm followups: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was 'yesterday'",
    "''                 | crm followups: --as-of must be given but was missing",
  })
  void followups_badAsOf_exitsTwoWithOneExactLine(String args, String expected) {
    List<String> argv = new java.util.ArrayList<>(List.of("followups", "--input", OperationsExportFixture.path()));
    if (!args.isBlank()) {
      argv.addAll(List.of(args.strip().split(" +")));
    }
    CliRun run = CliRun.of(argv.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(expected), run.errLines());
  }

  @Test
  void followups_missingInput_exitsTwoWithOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.of("followups", "--input", missing.toString(), "--as-of", "2026-06-30");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm followups: --input must be a readable crmkit-export/1 file but was '" + missing + "'"),
        run.errLines());
  }

  @Test
  void followups_badDocument_exitsTwoNamingFileLineAndField(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"crmkit-export/1\",\"profiles\":[{\"customer\":1}]}\n");

    CliRun run = CliRun.of("followups", "--input", bad.toString(), "--as-of", "2026-06-30", "-q");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm followups: " + bad
        + ":1:53: profiles[0].customer: expected customer (a JSON object) but found an integer"), run.errLines());
  }
}
