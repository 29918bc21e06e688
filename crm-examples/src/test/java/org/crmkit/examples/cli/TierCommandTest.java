package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.scoring.tier.Metric;
import org.crmkit.scoring.tier.TierDecision;
import org.crmkit.scoring.tier.TierEngine;
import org.crmkit.scoring.tier.TierMember;
import org.crmkit.scoring.tier.TierPolicy;
import org.crmkit.scoring.tier.json.TierPolicyJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TierCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TierPolicy DEFAULT = TierPolicy.defaults(Currency.getInstance("CNY"), ZoneOffset.ofHours(8));

  @TempDir Path dir;

  private Path policy(TierPolicy policy) throws IOException {
    Path f = dir.resolve("policy.json");
    Files.writeString(f, TierPolicyJson.write(policy), UTF_8);
    return f;
  }

  private static void assertMatchesLibrary(TierPolicy policy, String out) throws IOException {
    List<CustomerProfile> profiles = ExportFixture.profiles();
    List<String> lines = out.lines().toList();
    assertEquals(profiles.size(), lines.size());
    TierEngine engine = TierEngine.of(policy);
    LocalDate asOf = LocalDate.parse(ExportFixture.AS_OF);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode json = MAPPER.readTree(lines.get(i));
      TierDecision expected = engine.evaluate(TierMember.from(profiles.get(i).customer(), policy.zone()),
          profiles.get(i).interactions(), asOf);
      assertEquals(profiles.get(i).customer().id().value(), json.get("customerId").asText());
      assertEquals(expected.tierId(), json.get("tier").asText());
      assertEquals(expected.metrics().spend(), json.get("metrics").get("spend").decimalValue());
      assertEquals(expected.trace().checks().size(), json.get("trace").get("checks").size());
      assertEquals(expected.trace().toNext().map(g -> g.describe()).orElse(null),
          json.get("trace").get("toNext").isNull() ? null : json.get("trace").get("toNext").get("text").asText());
    }
  }

  @Test
  void tier_policyFile_matchesLibraryDecisions() throws IOException {
    CliRun run = CliRun.of("tier", "--policy", policy(DEFAULT).toString(), "--input", ExportFixture.file().toString(),
        "--as-of", ExportFixture.AS_OF, "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertMatchesLibrary(DEFAULT, run.out());
    JsonNode first = MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
    assertEquals(List.of("customerId", "tier", "earned", "qualified", "held", "override", "period", "metrics", "trace"),
        NpsCommandTest.fieldNames(first));
    assertEquals(List.of("checks", "toNext", "toRetain", "downgradeTo", "downgradeOn"),
        NpsCommandTest.fieldNames(first.get("trace")));
  }

  @Test
  void tier_lowerThresholds_areUsed() throws IOException {
    TierPolicy cheap = DEFAULT.withThresholds(Metric.SPEND, java.util.Map.of("silver", BigDecimal.ONE));
    CliRun run = CliRun.of("tier", "--policy", policy(cheap).toString(), "--input", ExportFixture.file().toString(),
        "--as-of", ExportFixture.AS_OF, "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertMatchesLibrary(cheap, run.out());
  }

  @Test
  void tier_withoutPolicy_usesTheDefault() throws IOException {
    CliRun run = CliRun.of("tier", "--input", ExportFixture.file().toString(), "--as-of", ExportFixture.AS_OF, "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertMatchesLibrary(DEFAULT, run.out());
  }

  @Test
  void tier_badPolicy_exitsTwoWithOneLine() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"crmkit-tier-policy/1\", \"id\": 3", UTF_8);
    CliRun run = CliRun.of("tier", "--policy", bad.toString(), "--input", ExportFixture.file().toString(),
        "--as-of", ExportFixture.AS_OF);

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("crm tier: " + bad + ": the policy must be a valid crmkit-tier-policy/1 document"),
        run.err());
  }

  @Test
  void tier_truncatedExport_exitsTwoNamingTheLine() throws IOException {
    Path bad = ExportFixture.truncated(dir, 5000);
    CliRun run = CliRun.of("tier", "--input", bad.toString(), "--as-of", ExportFixture.AS_OF);

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().matches("crm tier: " + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+(:\\d+)?: .*\\s*"),
        run.err());
  }

  @Test
  void tier_missingFileOrOption_exitsTwo() throws IOException {
    CliRun missing = CliRun.of("tier", "--input", dir.resolve("absent.json").toString(), "--as-of", ExportFixture.AS_OF);
    assertEquals(2, missing.exitCode());
    assertEquals("", missing.out());
    assertEquals(List.of("crm tier: " + dir.resolve("absent.json")
        + ": the file must be an existing, readable file but was missing"), missing.errLines());
    assertEquals(2, CliRun.of("tier", "--input", ExportFixture.file().toString()).exitCode());
    assertEquals(2, CliRun.of("tier", "--input", ExportFixture.file().toString(), "--as-of", "30/06/2026").exitCode());
  }
}
