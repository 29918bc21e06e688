package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.BgNbdParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgNbdCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = BgNbdCommandTest.class.getResourceAsStream("/org/crmkit/examples/cdnow/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  /** Fader, Hardie &amp; Lee (2005), Table/Section 5: the CDNOW calibration fit. */
  private static void assertPublishedFit(JsonNode json, double tolerance) {
    assertEquals(2357, json.get("n").asLong());
    assertEquals(0.2426, json.get("r").asDouble(), tolerance);
    assertEquals(4.4135, json.get("alpha").asDouble(), tolerance * 10);
    assertEquals(0.7929, json.get("a").asDouble(), tolerance);
    assertEquals(2.4258, json.get("b").asDouble(), tolerance * 10);
    assertEquals(-9582.43, json.get("logLikelihood").asDouble(), tolerance * 100);
  }

  @Test
  void bgnbd_cdnowSummary_reproducesPublishedParameters() throws IOException {
    CliRun run = CliRun.of("bgnbd", "--input", resource("cdnow_customers_summary.csv").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode json = MAPPER.readTree(run.out());
    assertEquals(List.of("n", "r", "alpha", "a", "b", "logLikelihood", "standardErrors"), NpsCommandTest.fieldNames(json));
    assertPublishedFit(json, 1e-4);
    assertEquals(List.of("r", "alpha", "a", "b"), NpsCommandTest.fieldNames(json.get("standardErrors")));
    assertTrue(json.get("standardErrors").get("r").asDouble() > 0);
  }

  @Test
  void bgnbd_predictOut_writesPAliveAndExpectedPurchasesPerCustomer() throws IOException {
    Path predictions = dir.resolve("pred.csv");
    CliRun run = CliRun.of("bgnbd", "--input", resource("cdnow_customers_summary.csv").toString(), "--id-column", "ID",
        "--predict-out", predictions.toString(), "--horizon", "39", "-q");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = MAPPER.readTree(run.out());
    List<String> lines = Files.readAllLines(predictions);
    assertEquals(2358, lines.size());
    assertEquals("customer_id,p_alive,expected_purchases", lines.get(0));
    String[] first = lines.get(1).split(",");
    assertEquals("1", first[0]);
    BgNbdModel model = BgNbdModel.of(BgNbdParameters.of(json.get("r").asDouble(), json.get("alpha").asDouble(),
        json.get("a").asDouble(), json.get("b").asDouble()));
    assertEquals(model.probabilityAlive(2, 30.43, 38.86), Double.parseDouble(first[1]), 1e-12);
    assertEquals(model.expectedPurchases(2, 30.43, 38.86, 39), Double.parseDouble(first[2]), 1e-12);
    // Published values for customer 1 (lifetimes' test suite, as in crm-scoring's BgNbdModelTest).
    assertEquals(0.7266, Double.parseDouble(first[1]), 1e-3);
    assertEquals(1.2259, Double.parseDouble(first[2]), 1e-3);
  }

  @Test
  void bgnbd_transactions_summarisesThenFits() throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (String line : Files.readAllLines(resource("CDNOW_sample.txt"))) {
      String[] f = line.strip().split("\\s+");
      csv.append(f[1]).append(',').append(f[2]).append(',').append(f[4]).append('\n');
    }
    Path log = write("log.csv", csv.toString());
    CliRun run = CliRun.of("bgnbd", "--transactions", log.toString(), "--calibration-end", "1997-09-30",
        "--unit", "weeks", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertPublishedFit(MAPPER.readTree(run.out()), 2e-3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "frequency,recency,T\\n1,2,3\\nx,2,3\\n | :3: column 'frequency' must be an integer in [0, 2147483647] but was a text of 1 characters",
    "frequency,recency,T\\n-1,2,3\\n | :2: column 'frequency' must be an integer in [0, 2147483647] but was '-1'",
    "frequency,recency,T\\n1,4,3\\n | :2: column 'recency' must be at most T (3) but was '4'",
    "frequency,recency,T\\n0,1,3\\n | :2: column 'recency' must be 0 when frequency is 0 but was '1'",
    "frequency,recency,T\\n1,1,NaN\\n | :2: column 'T' must be a finite number >= 0 but was 'NaN'",
    "frequency,recency\\n1,1\\n | :1: the header row must be a row with a column 'T' but was columns [frequency, recency]",
  })
  void bgnbd_badSummary_exitsTwoWithOneLine(String text, String expected) throws IOException {
    Path file = write("bad.csv", text.replace("\\n", "\n"));
    CliRun run = CliRun.of("bgnbd", "--input", file.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm bgnbd: " + file + expected.strip()), run.errLines());
  }

  @Test
  void bgnbd_badTransactionDate_exitsTwo() throws IOException {
    Path log = write("log.csv", "customer_id,date\nc1,2024-01-01\nc1,2024-13-01\n");
    CliRun run = CliRun.of("bgnbd", "--transactions", log.toString(), "--calibration-end", "2024-06-30");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm bgnbd: " + log
        + ":3: column 'date' must be an ISO date (yyyy-MM-dd or yyyyMMdd) but was '2024-13-01'"), run.errLines());
  }

  @Test
  void bgnbd_missingFileOrOptions_exitTwo() throws IOException {
    Path summary = resource("cdnow_customers_summary.csv");
    CliRun missing = CliRun.of("bgnbd", "--input", dir.resolve("absent.csv").toString());
    assertEquals(2, missing.exitCode());
    assertEquals("", missing.out());
    assertEquals(1, missing.errLines().size());
    assertEquals(2, CliRun.of("bgnbd", "--input", summary.toString(), "--predict-out", "p.csv").exitCode());
    assertEquals(2, CliRun.of("bgnbd", "--input", summary.toString(), "--transactions", summary.toString()).exitCode());
    assertEquals(2, CliRun.of("bgnbd", "--transactions", summary.toString()).exitCode());
    assertEquals(2, CliRun.of("bgnbd", "--input", summary.toString(), "--id-column", "nope",
        "--predict-out", dir.resolve("p.csv").toString(), "--horizon", "1").exitCode());
  }
}
