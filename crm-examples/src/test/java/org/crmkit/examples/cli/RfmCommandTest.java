package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.rfm.RfmAggregator;
import org.crmkit.scoring.rfm.RfmMetrics;
import org.crmkit.scoring.rfm.RfmScore;
import org.crmkit.scoring.rfm.RfmScorer;
import org.crmkit.scoring.rfm.TiePolicy;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RfmCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"value-thresholds, VALUE_THRESHOLDS", "rank, RANK"})
  void rfm_export_matchesLibraryScores(String option, TiePolicy ties) throws IOException {
    CliRun run = CliRun.of("rfm", "--input", ExportFixture.file().toString(), "--as-of", ExportFixture.AS_OF,
        "--ties", option, "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<CustomerProfile> profiles = ExportFixture.profiles();
    List<RfmMetrics> metrics = new ArrayList<>();
    for (CustomerProfile p : profiles) {
      RfmAggregator.aggregate(p.customer().id(), p.interactions(), LocalDate.parse(ExportFixture.AS_OF),
          ZoneOffset.ofHours(8), Currency.getInstance("CNY")).ifPresent(metrics::add);
    }
    Map<String, RfmScore> expected = new HashMap<>();
    RfmScorer.score(metrics, ties).forEach(s -> expected.put(s.customerId().value(), s));
    List<String> lines = run.out().lines().toList();
    assertEquals(profiles.size(), lines.size());
    int scored = 0;
    for (String line : lines) {
      JsonNode json = MAPPER.readTree(line);
      assertEquals(List.of("customerId", "recencyDays", "frequency", "monetary", "r", "f", "m", "cell", "segment"),
          NpsCommandTest.fieldNames(json));
      RfmScore s = expected.get(json.get("customerId").asText());
      if (s == null) {
        assertTrue(json.get("segment").isNull(), line);
        continue;
      }
      scored++;
      assertEquals(s.recency(), json.get("r").asInt(), line);
      assertEquals(s.frequency(), json.get("f").asInt(), line);
      assertEquals(s.monetary(), json.get("m").asInt(), line);
      assertEquals(s.cell(), json.get("cell").asInt(), line);
      assertEquals(s.segment().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), json.get("segment").asText());
    }
    assertEquals(metrics.size(), scored);
    assertTrue(scored > 50, "scored " + scored);
  }

  @Test
  void rfm_badInput_exitsTwo() throws IOException {
    CliRun truncated = CliRun.of("rfm", "--input", ExportFixture.truncated(dir, 3000).toString(), "--as-of",
        ExportFixture.AS_OF);
    assertEquals(2, truncated.exitCode());
    assertEquals("", truncated.out());
    assertEquals(1, truncated.errLines().size(), truncated.err());
    CliRun missing = CliRun.of("rfm", "--input", dir.resolve("absent.json").toString(), "--as-of", ExportFixture.AS_OF);
    assertEquals(2, missing.exitCode());
    assertEquals(1, missing.errLines().size());
    assertEquals(2, CliRun.of("rfm", "--input", ExportFixture.file().toString(), "--as-of", ExportFixture.AS_OF,
        "--ties", "random").exitCode());
  }
}
