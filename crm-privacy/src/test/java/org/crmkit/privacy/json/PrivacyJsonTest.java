package org.crmkit.privacy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.crmkit.core.consent.Purpose;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.anonymize.Anonymizer;
import org.crmkit.privacy.anonymize.Hierarchies;
import org.crmkit.privacy.anonymize.Table;
import org.crmkit.privacy.report.PrivacyReports;
import org.crmkit.privacy.access.AccessUsage;
import org.crmkit.privacy.rights.AccessExport;
import org.crmkit.privacy.rights.AccessLogLine;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.spi.RequestStore;
import org.junit.jupiter.api.Test;

class PrivacyJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void summary_arxExample_hasTheCommandsFields() {
    Table t = Table.of(List.of("age", "zip"), List.of(List.of("34", "81667"), List.of("45", "81675")));
    String json = PrivacyJson.summary(Anonymizer.builder()
        .quasiIdentifier("age", Hierarchies.parseArx("34;<50;*\n45;<50;*\n"))
        .quasiIdentifier("zip", Hierarchies.parseArx("81667;8166*;816**\n81675;8167*;816**\n"))
        .k(2).build().anonymize(t));

    assertEquals("{\"rows\":2,\"released\":2,\"suppressed\":0,\"k\":2,\"levels\":{\"age\":1,\"zip\":2},"
        + "\"informationLoss\":1.0}", json);
  }

  @Test
  void report_parsesWithChainAndViews() throws Exception {
    PrivacyGateway gateway = PrivacyGateway.builder(Fixtures.KEYS, Fixtures.CLOCK).build();
    JsonNode n = mapper.readTree(PrivacyJson.report(PrivacyReports.generate(gateway,
        RequestStore.inMemory(), List.of(Fixtures.liLei()), Purpose.PREDEFINED, Fixtures.NOW)));

    assertTrue(n.get("accessLogChain").get("intact").asBoolean());
    assertEquals("personal", n.get("views").get(0).get("view").asText());
    assertEquals(1, n.get("refusals").get("direct-marketing").asInt());
    assertEquals(0, n.get("overdueRequests").asInt());
  }

  @Test
  void accessExport_containsTheProfileAndDerivedData() throws Exception {
    AccessExport x = new AccessExport(Fixtures.NOW, Fixtures.liLei(), Map.of("tier", "gold"),
        List.of(), List.of(), List.of());

    JsonNode n = mapper.readTree(PrivacyJson.accessExport(x));

    assertEquals("c-li", n.get("customerId").asText());
    assertEquals("gold", n.get("derived").get("tier").asText());
    assertTrue(n.get("profile").toString().contains("Li Lei"));
    assertFalse(x.toString().contains("Li Lei"));
  }

  @Test
  void accessExport_accessLog_writesEachEntryWithoutSubjects() throws Exception {
    AccessExport x = new AccessExport(Fixtures.NOW, Fixtures.liLei(), Map.of(), List.of(),
        List.of(new AccessLogLine(4, Fixtures.NOW, "crm-web", "u42", "standard", "customer-service",
            AccessOutcome.GRANTED)),
        List.of(new AccessUsage("crm-web", "standard", 1, 0, 3)));

    JsonNode n = mapper.readTree(PrivacyJson.accessExport(x));

    JsonNode e = n.get("accessLog").get(0);
    assertEquals(List.of("index", "at", "applicationId", "userId", "view", "purpose", "outcome"),
        List.copyOf(com.google.common.collect.Lists.newArrayList(e.fieldNames())));
    assertEquals(4, e.get("index").asLong());
    assertEquals("2025-06-01T00:00:00Z", e.get("at").asText());
    assertEquals("GRANTED", e.get("outcome").asText());
    assertEquals(3, n.get("accessUsage").get(0).get("customers").asLong());
  }
}
