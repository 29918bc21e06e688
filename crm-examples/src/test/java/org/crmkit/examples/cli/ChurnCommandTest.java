package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.churn.ChurnAssessment;
import org.crmkit.scoring.churn.ChurnScore;
import org.crmkit.scoring.churn.EarlyWarning;
import org.crmkit.scoring.churn.EarlyWarningPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChurnCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void churn_export_matchesLibraryAssessments() throws IOException {
    CliRun run = CliRun.of("churn", "--input", ExportFixture.file().toString(), "--as-of", ExportFixture.AS_OF, "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<CustomerProfile> profiles = ExportFixture.profiles();
    EarlyWarning engine = EarlyWarning.of(EarlyWarningPolicy.defaults().toBuilder().zone(ZoneOffset.ofHours(8)).build());
    Instant asOf = Instant.parse(ExportFixture.AS_OF + "T00:00:00+08:00");
    List<String> lines = run.out().lines().toList();
    assertEquals(profiles.size(), lines.size());
    int optedOut = 0;
    int warned = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode json = MAPPER.readTree(lines.get(i));
      ChurnAssessment expected = engine.assess(profiles.get(i), asOf);
      assertEquals(expected.customerId().value(), json.get("customerId").asText());
      assertEquals(expected.isScored(), json.get("scored").asBoolean());
      if (!expected.isScored()) {
        optedOut++;
        assertEquals(List.of("customerId", "scored", "result", "basis"), NpsCommandTest.fieldNames(json));
        assertEquals("not scored: opted out", json.get("result").asText());
        continue;
      }
      ChurnScore s = (ChurnScore) expected;
      assertEquals(s.health().value(), json.get("health").get("value").asDouble());
      assertEquals(s.warnings().size(), json.get("warnings").size());
      for (int w = 0; w < s.warnings().size(); w++) {
        JsonNode wn = json.get("warnings").get(w);
        assertEquals(s.warnings().get(w).reason().name().toLowerCase(java.util.Locale.ROOT), wn.get("reason").asText());
        assertEquals(List.of("code", "severity", "reason", "action", "evidence"), NpsCommandTest.fieldNames(wn));
      }
      warned += s.warnings().isEmpty() ? 0 : 1;
      assertTrue(json.get("outlook").isNull());
    }
    assertTrue(optedOut > 0 && warned > 0, optedOut + " opted out, " + warned + " warned");
  }

  @Test
  void churn_horizon_addsOutlookToScoredCustomersOnly() throws IOException {
    CliRun run = CliRun.of("churn", "--input", ExportFixture.file().toString(), "--as-of", ExportFixture.AS_OF,
        "--horizon", "26", "-q");

    assertEquals(0, run.exitCode(), run.err());
    int outlooks = 0;
    for (String line : run.out().lines().toList()) {
      JsonNode json = MAPPER.readTree(line);
      if (json.get("scored").asBoolean() && !json.get("outlook").isNull()) {
        double p = json.get("outlook").get("probabilityAlive").asDouble();
        assertTrue(p >= 0 && p <= 1, line);
        assertEquals(26.0, json.get("outlook").get("horizon").asDouble());
        outlooks++;
      }
      if (!json.get("scored").asBoolean()) {
        assertTrue(json.get("outlook") == null, line);
      }
    }
    assertTrue(outlooks > 0);
  }

  @Test
  void churn_badInput_exitsTwo() throws IOException {
    CliRun truncated = CliRun.of("churn", "--input", ExportFixture.truncated(dir, 4000).toString(), "--as-of",
        ExportFixture.AS_OF);
    assertEquals(2, truncated.exitCode());
    assertEquals("", truncated.out());
    assertEquals(1, truncated.errLines().size(), truncated.err());
    CliRun missing = CliRun.of("churn", "--input", dir.resolve("absent.json").toString(), "--as-of", ExportFixture.AS_OF);
    assertEquals(2, missing.exitCode());
    assertEquals(1, missing.errLines().size());
    assertEquals(2, CliRun.of("churn", "--input", ExportFixture.file().toString(), "--as-of", ExportFixture.AS_OF,
        "--horizon", "-1").exitCode());
  }
}
