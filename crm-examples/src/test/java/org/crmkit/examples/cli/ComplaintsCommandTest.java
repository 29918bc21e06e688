package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintsCommandTest {
  private static final String FIRST = "{\"complaintId\":\"C0000104.0078\",\"customerId\":\"C0000104\","
      + "\"receivedAt\":\"2026-06-23T09:09:55Z\",\"replyDueAt\":\"2026-06-25T09:09:55Z\",\"overdue\":true,"
      + "\"overdueHours\":102,\"urgency\":\"NORMAL\",\"cause\":\"MONEY\",\"channel\":\"FEEDBACK_FORM\",\"status\":\"RECEIVED\"}";
  private static final String SECOND = "{\"complaintId\":\"C0000124.0010\",\"customerId\":\"C0000124\","
      + "\"receivedAt\":\"2026-06-26T17:55:31Z\",\"replyDueAt\":\"2026-06-28T17:55:31Z\",\"overdue\":true,"
      + "\"overdueHours\":22,\"urgency\":\"NORMAL\",\"cause\":\"DELIVERY\",\"channel\":\"PHONE\",\"status\":\"INVESTIGATING\"}";

  @Test
  void complaints_overdue_printsTheOverdueComplaintsMostOverdueFirst() {
    CliRun run = CliRun.of("complaints", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "--overdue", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals(List.of(FIRST, SECOND), run.out().lines().toList());
  }

  @Test
  void complaints_withoutOverdue_alsoListsThoseNotYetDue() {
    CliRun run = CliRun.of("complaints", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "-q");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size());
    assertEquals(List.of(FIRST, SECOND), lines.subList(0, 2));
    assertTrue(lines.get(2).startsWith("{\"complaintId\":\"C0000208.0046\",\"customerId\":\"C0000208\","), lines.get(2));
    assertTrue(lines.get(2).contains("\"overdue\":false,\"overdueHours\":0,"), lines.get(2));
  }

  @Test
  void complaints_earlierDate_ignoresComplaintsReceivedLater() {
    CliRun run = CliRun.of("complaints", "--input", OperationsExportFixture.path(), "--as-of", "2024-06-30", "--overdue", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().allMatch(l -> l.matches(".*\"receivedAt\":\"(2022|2023|2024-0[1-6])-.*")), run.out());
  }

  @Test
  void complaints_output_neverCarriesTheComplaintText() {
    CliRun run = CliRun.of("complaints", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().chars().allMatch(c -> c < 128), "non-ASCII text (names or complaint text) in the output");
    assertTrue(!run.out().contains("content"), run.out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--as-of 2026-6-30  | crm complaints: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was '2026-6-30'",
    "--as-of 2026-06-30 --overdue=maybe | crm complaints: --overdue",
  })
  void complaints_badArguments_exitsTwoWithOneLine(String args, String prefix) {
    List<String> argv = new java.util.ArrayList<>(List.of("complaints", "--input", OperationsExportFixture.path()));
    argv.addAll(List.of(args.strip().split(" +")));
    CliRun run = CliRun.of(argv.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith(prefix), run.err());
  }

  @Test
  void complaints_inputIsADirectory_exitsTwoWithOneLine(@TempDir Path dir) {
    CliRun run = CliRun.of("complaints", "--input", dir.toString(), "--as-of", "2026-06-30");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm complaints: --input must be a readable crmkit-export/1 file but was '" + dir + "'"),
        run.errLines());
  }
}
