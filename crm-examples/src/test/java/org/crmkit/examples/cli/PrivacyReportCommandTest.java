package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmkit.core.consent.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivacyReportCommandTest {

  private static long refusing(Purpose p) {
    return OperationsExportFixture.PROFILES.stream()
        .filter(c -> !c.consent().decide(p, ExportInput.startOf(OperationsExportFixture.AS_OF)).allowed()).count();
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void report_json_countsRefusalsPerPurposeAndVerifiesTheEmptyChain() throws IOException {
    CliRun run = CliRun.of("privacy", "report", "--input", OperationsExportFixture.path(), "--as-of", "2026-06-30", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode n = new ObjectMapper().readTree(run.out());
    assertEquals("2026-06-29T16:00:00Z", n.get("generatedAt").asText());
    assertEquals(300, n.get("customers").asInt());
    JsonNode refusals = n.get("refusals");
    assertEquals(List.of("direct-marketing", "third-party-disclosure", "automated-decision", "sensitive-data-use"),
        List.copyOf(iterable(refusals.fieldNames())));
    for (Purpose p : Purpose.PREDEFINED) {
      assertEquals(refusing(p), refusals.get(p.code()).asLong(), p.code());
    }
    assertEquals(40, refusals.get("direct-marketing").asLong());
    assertTrue(n.get("accessLogChain").get("intact").asBoolean());
    assertEquals(0, n.get("overdueRequests").asInt());
  }

  @Test
  void report_markdown_hasTheSectionsAndNoPersonalData() {
    CliRun run = CliRun.of("privacy", "report", "--input", OperationsExportFixture.path(), "--format", "markdown", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Privacy report\n\nGenerated at 2026-06-29T16:00:00Z.\n"), run.out());
    for (String s : List.of("## Data model", "## Use of views", "## Consent refusals per purpose",
        "| direct-marketing | 40 |", "## Open customer requests")) {
      assertTrue(run.out().contains(s), s);
    }
    assertTrue(run.out().chars().allMatch(c -> c < 128), "non-ASCII text (names) in the report");
    assertTrue(!run.out().contains("@"), "an e-mail address in the report");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--format xml       | crm privacy report: --format must be json or markdown but was 'xml'",
    "--as-of 2026-06-31 | crm privacy report: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was '2026-06-31'",
  })
  void report_badOption_exitsTwoWithOneExactLine(String args, String expected) {
    List<String> argv = new java.util.ArrayList<>(List.of("privacy", "report", "--input", OperationsExportFixture.path()));
    argv.addAll(List.of(args.strip().split(" +")));
    CliRun run = CliRun.of(argv.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(expected), run.errLines());
  }

  @Test
  void report_missingInput_exitsTwoWithOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("none.json");

    CliRun run = CliRun.of("privacy", "report", "--input", missing.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm privacy report: --input must be a readable crmkit-export/1 file but was '" + missing + "'"),
        run.errLines());
  }
}
