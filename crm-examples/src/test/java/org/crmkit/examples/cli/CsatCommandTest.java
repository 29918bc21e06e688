package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmkit.scoring.csat.CsatStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsatCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, UTF_8);
    return file;
  }

  /** The golden counts 5:42, 4:32, 3:10, 2:9, 1:14. */
  private Path golden(String column) throws IOException {
    StringBuilder csv = new StringBuilder("ticket," + column + "\n");
    int[] counts = {14, 9, 10, 32, 42};
    for (int score = 1; score <= 5; score++) {
      for (int i = 0; i < counts[score - 1]; i++) {
        csv.append("t").append(score).append('-').append(i).append(',').append(score).append('\n');
      }
    }
    return write("csat.csv", csv.toString());
  }

  @Test
  void csat_goldenCounts_printsTopTwoBoxMeanAndWilson() throws IOException {
    CliRun run = CliRun.of("csat", "--input", golden("rating").toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode json = MAPPER.readTree(run.out());
    CsatStatistics stats = CsatStatistics.of(14, 9, 10, 32, 42);
    assertEquals(List.of("n", "counts", "top2BoxPercent", "mean", "low", "high"), NpsCommandTest.fieldNames(json));
    assertEquals(107, json.get("n").asLong());
    assertEquals("{\"1\":14,\"2\":9,\"3\":10,\"4\":32,\"5\":42}", json.get("counts").toString());
    assertEquals(stats.topTwoBoxPercent(), json.get("top2BoxPercent").asDouble());
    assertEquals(stats.mean(), json.get("mean").asDouble());
    assertEquals(stats.topTwoBoxInterval(0.95).low(), json.get("low").asDouble());
    assertEquals(stats.topTwoBoxInterval(0.95).high(), json.get("high").asDouble());
    assertEquals(69.16, json.get("top2BoxPercent").asDouble(), 5e-3);
    assertEquals(3.7383, json.get("mean").asDouble(), 5e-5);
    assertEquals(59.87, json.get("low").asDouble(), 5e-3);
    assertEquals(77.12, json.get("high").asDouble(), 5e-3);
  }

  @Test
  void csat_column_isRead() throws IOException {
    CliRun run = CliRun.of("csat", "--input", golden("stars").toString(), "--column", "stars", "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(107, MAPPER.readTree(run.out()).get("n").asLong());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "rating\\n5\\n0\\n | :3: column 'rating' must be an integer in [1, 5] but was '0'",
    "rating\\n6\\n | :2: column 'rating' must be an integer in [1, 5] but was '6'",
    "rating\\nfive\\n | :2: column 'rating' must be an integer in [1, 5] but was a text of 4 characters",
    "score\\n5\\n | :1: the header row must be a row with a column 'rating' but was columns [score]",
  })
  void csat_badInput_exitsTwoWithOneLine(String text, String expected) throws IOException {
    Path file = write("bad.csv", text.replace("\\n", "\n"));
    CliRun run = CliRun.of("csat", "--input", file.toString(), "-q");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(List.of("crm csat: " + file + expected.strip()), run.errLines());
  }

  @Test
  void csat_missingFile_exitsTwo() {
    CliRun run = CliRun.of("csat", "--input", dir.resolve("absent.csv").toString(), "-q");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size());
  }
}
