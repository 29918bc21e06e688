package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmkit.scoring.nps.NpsStatistics;
import org.crmkit.scoring.stats.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The golden counts (30, 20, 50); "north" gets the first half of each category. */
  private Path golden() throws IOException {
    StringBuilder csv = new StringBuilder("id,score,region\n");
    int id = 0;
    for (int[] category : new int[][] {{3, 30}, {8, 20}, {10, 50}}) {
      for (int i = 0; i < category[1]; i++) {
        csv.append(++id).append(',').append(category[0]).append(',').append(i < category[1] / 2 ? "north" : "south")
            .append('\n');
      }
    }
    return write("nps.csv", csv.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  @Test
  void nps_goldenCounts_printsAdjustedWaldByDefault() throws IOException {
    CliRun run = CliRun.of("nps", "--input", golden().toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode json = MAPPER.readTree(run.out());
    NpsStatistics stats = NpsStatistics.of(30, 20, 50);
    Interval interval = stats.adjustedWaldInterval(0.95);
    assertEquals(List.of("n", "detractors", "passives", "promoters", "nps", "standardError", "low", "high", "method",
        "confidence"), fieldNames(json));
    assertEquals(100, json.get("n").asLong());
    assertEquals(30, json.get("detractors").asLong());
    assertEquals(20, json.get("passives").asLong());
    assertEquals(50, json.get("promoters").asLong());
    assertEquals(stats.score(), json.get("nps").asDouble());
    assertEquals(stats.adjustedStandardError(), json.get("standardError").asDouble());
    assertEquals(interval.low(), json.get("low").asDouble());
    assertEquals(interval.high(), json.get("high").asDouble());
    assertEquals("adjusted-wald", json.get("method").asText());
    assertEquals(0.95, json.get("confidence").asDouble());
    // Golden values of the issue (Rocks 2016).
    assertEquals(20.0, json.get("nps").asDouble(), 1e-9);
    assertEquals(8.5534, json.get("standardError").asDouble(), 5e-5);
    assertEquals(2.65, json.get("low").asDouble(), 5e-3);
    assertEquals(36.18, json.get("high").asDouble(), 5e-3);
    assertEquals(1, run.out().lines().count());
  }

  @Test
  void nps_waldMethod_printsWaldInterval() throws IOException {
    CliRun run = CliRun.of("nps", "--input", golden().toString(), "--method", "wald", "-q");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = MAPPER.readTree(run.out());
    assertEquals(8.7178, json.get("standardError").asDouble(), 5e-5);
    assertEquals(2.91, json.get("low").asDouble(), 5e-3);
    assertEquals(37.09, json.get("high").asDouble(), 5e-3);
    assertEquals("wald", json.get("method").asText());
  }

  @Test
  void nps_confidence_isUsed() throws IOException {
    CliRun run = CliRun.of("nps", "--input", golden().toString(), "--confidence", "0.9", "-q");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = MAPPER.readTree(run.out());
    Interval interval = NpsStatistics.of(30, 20, 50).adjustedWaldInterval(0.9);
    assertEquals(interval.low(), json.get("low").asDouble());
    assertEquals(0.9, json.get("confidence").asDouble());
  }

  @Test
  void nps_by_printsOverallAndGroups() throws IOException {
    CliRun run = CliRun.of("nps", "--input", golden().toString(), "--by", "region", "-q");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = MAPPER.readTree(run.out());
    assertEquals(List.of("overall", "groups"), fieldNames(json));
    assertEquals(20.0, json.get("overall").get("nps").asDouble(), 1e-9);
    assertEquals(List.of("north", "south"), fieldNames(json.get("groups")));
    JsonNode north = json.get("groups").get("north");
    NpsStatistics stats = NpsStatistics.of(15, 10, 25);
    assertEquals(50, north.get("n").asLong());
    assertEquals(15, north.get("detractors").asLong());
    assertEquals(stats.adjustedStandardError(), north.get("standardError").asDouble());
    assertEquals(stats.adjustedWaldInterval(0.95).high(), north.get("high").asDouble());
  }

  @Test
  void nps_otherColumn_isRead() throws IOException {
    Path file = write("c.csv", "rating,x\n10,a\n0,b\n");
    CliRun run = CliRun.of("nps", "--input", file.toString(), "--column", "rating", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(0.0, MAPPER.readTree(run.out()).get("nps").asDouble());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "score\\n9\\n11\\n | :3: column 'score' must be an integer in [0, 10] but was '11'",
    "score\\n9\\n-1\\n | :3: column 'score' must be an integer in [0, 10] but was '-1'",
    "score\\n9\\n7.5\\n | :3: column 'score' must be an integer in [0, 10] but was '7.5'",
    "score\\nabc\\n | :2: column 'score' must be an integer in [0, 10] but was a text of 3 characters",
    "score,name\\n5,\\n,Ann Lee\\n | :3: column 'score' must be an integer in [0, 10] but was blank",
    "score,name\\n5\\n | :2: the row must be 2 fields like the header but was 1 fields",
    "rating\\n5\\n | :1: the header row must be a row with a column 'score' but was columns [rating]",
  })
  void nps_badInput_exitsTwoWithOneLine(String text, String expected) throws IOException {
    Path file = write("bad.csv", text.replace("\\n", "\n"));
    CliRun run = CliRun.of("nps", "--input", file.toString(), "-q");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm nps: " + file + expected.strip()), run.errLines());
  }

  @Test
  void nps_nameInScoreColumn_isNotEchoed() throws IOException {
    Path file = write("bad.csv", "score\nAnn Lee\n");
    CliRun run = CliRun.of("nps", "--input", file.toString(), "-q");

    assertEquals(2, run.exitCode());
    assertTrue(!run.err().contains("Ann"), run.err());
  }

  @Test
  void nps_missingFile_exitsTwo() {
    Path file = dir.resolve("absent.csv");
    CliRun run = CliRun.of("nps", "--input", file.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm nps: " + file + ": the file must be an existing, readable file but was missing"),
        run.errLines());
  }

  @Test
  void nps_badOptions_exitTwo() throws IOException {
    Path file = golden();
    assertEquals(2, CliRun.of("nps", "--input", file.toString(), "--method", "bayes").exitCode());
    assertEquals(2, CliRun.of("nps", "--input", file.toString(), "--confidence", "1.5").exitCode());
    assertEquals(2, CliRun.of("nps", "--input", file.toString(), "--by", "absent").exitCode());
    assertEquals(2, CliRun.of("nps").exitCode());
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
