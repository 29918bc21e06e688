package org.crmkit.scoring.tier.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.crmkit.scoring.tier.AnniversaryWindow;
import org.crmkit.scoring.tier.DowngradeMode;
import org.crmkit.scoring.tier.DowngradeRule;
import org.crmkit.scoring.tier.RollingWindow;
import org.crmkit.scoring.tier.TierPolicy;
import org.junit.jupiter.api.Test;

class TierPolicyJsonTest {
  private static final TierPolicy DEFAULTS = TierPolicy.defaults(Currency.getInstance("CNY"), ZoneId.of("Asia/Shanghai"));

  private static final String MINIMAL = """
      {"format": "crmkit-tier-policy/1", "id": "p", "currency": "CNY", "zone": "Asia/Shanghai",
       "window": {"type": "rolling", "days": 365}, "downgrade": {"mode": "to-qualified", "graceDays": 14},
       "pointsPerUnit": "0.5",
       "tiers": [
         {"id": "none", "name": "None", "match": "all", "criteria": []},
         {"id": "gold", "name": "黄金", "match": "at-least", "atLeast": 1,
          "criteria": [{"metric": "spend", "minimum": 5000.00}, {"metric": "tenure-days", "minimum": 30}],
          "benefits": [{"type": "discount", "percent": 5}, {"type": "priority-service"},
                       {"type": "gift", "description": "mooncakes"}, {"type": "custom", "key": "lounge", "value": "yes"}]}
       ]}
      """;

  private static String errorOf(String json) {
    return assertThrows(IllegalArgumentException.class, () -> TierPolicyJson.read(json)).getMessage();
  }

  @Test
  void write_thenRead_givesAnEqualPolicy() {
    assertEquals(DEFAULTS, TierPolicyJson.read(TierPolicyJson.write(DEFAULTS)));
    TierPolicy other = DEFAULTS.withWindow(AnniversaryWindow.yearly()).withDowngrade(new DowngradeRule(DowngradeMode.TO_BASE, 30));
    assertEquals(other, TierPolicyJson.read(new StringReader(TierPolicyJson.write(other))));
  }

  @Test
  void read_everyKindOfField_buildsThePolicy() {
    TierPolicy policy = TierPolicyJson.read(MINIMAL);
    assertEquals(new RollingWindow(365), policy.window());
    assertEquals(new DowngradeRule(DowngradeMode.TO_QUALIFIED, 14), policy.downgrade());
    assertEquals(new BigDecimal("0.5"), policy.pointsPerUnit());
    assertEquals("黄金", policy.tier(1).name());
    assertEquals(4, policy.tier(1).benefits().size());
    assertEquals(policy, TierPolicyJson.read(TierPolicyJson.write(policy)));
  }

  @Test
  void write_decimals_arePlainNumbers() {
    String json = TierPolicyJson.write(DEFAULTS);
    assertTrue(json.contains("\"minimum\" : 50000"), json);
    assertTrue(json.contains("\"format\" : \"crmkit-tier-policy/1\""));
  }

  @Test
  void read_unknownField_namesItsPath() {
    assertEquals("policy field tiers[1].colour is not known; expected one of [atLeast, benefits, criteria, id, match, name]",
        errorOf(MINIMAL.replace("\"name\": \"黄金\"", "\"name\": \"黄金\", \"colour\": \"gold\"")));
  }

  @Test
  void read_badDecimal_namesItsPath() {
    assertEquals("policy field tiers[1].criteria[0].minimum must be a decimal number but was \"lots\"",
        errorOf(MINIMAL.replace("5000.00", "\"lots\"")));
  }

  @Test
  void read_badEnum_listsTheValues() {
    assertEquals("policy field downgrade.mode must be one of none, one-step, to-qualified, to-base but was \"two-steps\"",
        errorOf(MINIMAL.replace("to-qualified", "two-steps")));
  }

  @Test
  void read_modelRuleBroken_prefixesThePath() {
    assertEquals("policy field tiers[1]: atLeast must be in [1, 2] but was 3",
        errorOf(MINIMAL.replace("\"atLeast\": 1", "\"atLeast\": 3")));
    assertEquals("policy field window: days must be in [1, 3660] but was 0", errorOf(MINIMAL.replace("365", "0")));
  }

  @Test
  void read_missingField_saysMissing() {
    assertEquals("policy field zone must be a string but was missing",
        errorOf(MINIMAL.replace("\"zone\": \"Asia/Shanghai\",", "")));
  }

  @Test
  void read_wrongFormat_throws() {
    assertEquals("policy field format must be \"crmkit-tier-policy/1\" but was \"other/2\"",
        errorOf(MINIMAL.replace("crmkit-tier-policy/1", "other/2")));
  }

  @Test
  void read_malformedJson_givesTheLocation() {
    assertTrue(errorOf("{\"format\": ").startsWith("policy JSON must be well-formed but was not at line 1"));
  }

  @Test
  void read_duplicateField_throws() {
    assertThrows(IllegalArgumentException.class, () -> TierPolicyJson.read(MINIMAL.replace("\"id\": \"p\",", "\"id\": \"p\", \"id\": \"q\",")));
  }

  @Test
  void read_unknownCurrencyAndZone_throw() {
    assertEquals("policy field currency must be an ISO 4217 code but was \"XYZ1\"", errorOf(MINIMAL.replace("CNY", "XYZ1")));
    assertEquals("policy field zone must be a time-zone id but was \"Mars/Olympus\"",
        errorOf(MINIMAL.replace("Asia/Shanghai", "Mars/Olympus")));
  }

  @Test
  void read_ladderWithoutBase_throwsWithRootPath() {
    String noBase = MINIMAL.replace("{\"id\": \"none\", \"name\": \"None\", \"match\": \"all\", \"criteria\": []},", "");
    assertEquals("policy field (root): base tier gold must have no criteria but had 2", errorOf(noBase));
    assertEquals(List.of("none", "gold"), TierPolicyJson.read(MINIMAL).tierIds());
  }
}
