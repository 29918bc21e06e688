package org.crmkit.examples.cli;

import static org.crmkit.examples.cli.PrivacyFixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmkit.examples.demo.DemoPrivacy;
import org.crmkit.privacy.dictionary.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path input;
  private Path key;

  @BeforeEach
  void writeFiles() throws IOException {
    input = PrivacyFixtures.exportFile(dir);
    key = PrivacyFixtures.keyFile(dir, "key.hex", PrivacyFixtures.KEY_HEX + "\n");
  }

  private CliRun view(String view, String... more) {
    return viewWithKey(view, key, more);
  }

  private CliRun viewWithKey(String view, Path keyFile, String... more) {
    List<String> args = new ArrayList<>(List.of("privacy", "view", "--view", view, "--input", input.toString(),
        "--as-of", AS_OF, "--key-file", keyFile.toString(), "-q"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static List<JsonNode> lines(CliRun run) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static void assertRefused(CliRun run, String expected) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(expected), run.errLines());
  }

  @Test
  void dictionary_everyFieldHasAPathAndAValidCategory() throws IOException {
    CliRun run = CliRun.of("privacy", "dictionary");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals(List.of("fields"), iterable(doc.fieldNames()));
    Set<String> categories = new HashSet<>();
    EnumSet.allOf(Category.class).forEach(c -> categories.add(c.name()));
    Set<String> paths = new HashSet<>();
    for (JsonNode f : doc.get("fields")) {
      assertEquals(List.of("path", "category"), iterable(f.fieldNames()), f.toString());
      assertTrue(categories.contains(f.get("category").asText()), f.toString());
      assertTrue(paths.add(f.get("path").asText()), "duplicate " + f);
    }
    assertEquals(DemoPrivacy.dictionary().entries().size(), paths.size());
    assertAll(List.of("interactions[].content", "customer.contactPoints[].e164", "customer.idDocument.number",
        "consentEvents[].purpose.code", "customer.sensitive.healthNotes", "customer.attributes.loyalty.points")
        .stream().map(p -> () -> assertTrue(paths.contains(p), p)));
    assertTrue(run.out().contains("{\"path\":\"interactions[].content\",\"category\":\"PERSONAL\"}"), run.out());
  }

  @Test
  void view_standard_masksIdentityAndDropsFreeTextAndSensitiveData() throws IOException {
    CliRun run = view("standard");

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> rows = lines(run);
    assertEquals(3, rows.size());
    JsonNode duan = rows.get(0).get("customer");
    assertEquals("c-duan", duan.get("id").asText());
    assertEquals("段**", duan.get("displayName").asText());
    assertEquals("180****1999", duan.get("contactPoints").get(0).get("e164").asText());
    assertEquals("d*************@gmail.com.cn", duan.get("contactPoints").get(1).get("value").asText());
    assertEquals("5***************1X", duan.get("idDocument").get("number").asText());
    assertEquals("1990", duan.get("birthDate").asText());
    assertFalse(duan.has("sensitive"));
    assertEquals("COMPLAINT", rows.get(0).get("interactions").get(0).get("kind").asText());
    assertAll(List.of(PrivacyFixtures.PHONE, PrivacyFixtures.NAME, PrivacyFixtures.EMAIL, PrivacyFixtures.ID_NUMBER,
        PrivacyFixtures.STREET, PrivacyFixtures.COMPLAINT, PrivacyFixtures.HEALTH, "150000")
        .stream().map(s -> () -> assertFalse(run.out().contains(s), s)));
  }

  @Test
  void view_anonymous_replacesIdsByPseudonymsAndRemovesIdentity() throws IOException {
    CliRun run = view("anonymous");
    CliRun again = view("anonymous");
    Path other = PrivacyFixtures.keyFile(dir, "other.hex", PrivacyFixtures.OTHER_KEY_HEX);
    CliRun otherKey = viewWithKey("anonymous", other);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(0, otherKey.exitCode(), otherKey.err());
    List<JsonNode> rows = lines(run);
    assertEquals(3, rows.size());
    for (JsonNode row : rows) {
      JsonNode c = row.get("customer");
      assertTrue(c.get("id").asText().matches("[0-9a-f]{32}"), c.toString());
      assertAll(List.of("displayName", "contactPoints", "contacts", "sensitive")
          .stream().map(f -> () -> assertFalse(c.has(f), f)));
      assertFalse(c.path("idDocument").has("number"), c.toString());
    }
    assertEquals("1990", rows.get(0).get("customer").get("birthDate").asText());
    assertAll(List.of("c-duan", "c-li", "c-wang", PrivacyFixtures.PHONE, "段", PrivacyFixtures.EMAIL,
        PrivacyFixtures.ID_NUMBER, PrivacyFixtures.COMPLAINT).stream()
        .map(s -> () -> assertFalse(run.out().contains(s), s)));
    assertEquals(run.out(), again.out());
    assertNotEquals(lines(run).get(0).get("customer").get("id"), lines(otherKey).get(0).get("customer").get("id"));
  }

  @Test
  void view_optOut_removesCustomersWhoOptedOut() throws IOException {
    CliRun run = view("opt-out:direct-marketing");

    assertEquals(0, run.exitCode(), run.err());
    List<String> ids = lines(run).stream().map(r -> r.get("customer").get("id").asText()).toList();
    assertEquals(List.of("c-duan", "c-wang"), ids);
    assertTrue(run.out().contains("180****1999"));
  }

  @Test
  void view_optOutOfAnOptInPurpose_removesWhoDidNotGrantItToEveryone() {
    // 段正淳 granted disclosure to partner:insurance only; the others never granted it.
    CliRun run = view("opt-out:third-party-disclosure");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void view_selectiveForAConfiguredRecipient_keepsConsentingCustomersAndAllowListedFields() throws IOException {
    CliRun run = view("selective:partner:insurance");
    CliRun anonymous = view("anonymous");

    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> rows = lines(run);
    assertEquals(1, rows.size());
    JsonNode c = rows.get(0).get("customer");
    assertEquals(List.of("id", "type", "region", "birthDate", "estimatedIncome"), iterable(c.fieldNames()));
    assertEquals("CN/Sichuan", c.get("region").asText());
    assertTrue(c.get("id").asText().matches("[0-9a-f]{32}"));
    assertNotEquals(lines(anonymous).get(0).get("customer").get("id"), c.get("id"));
    assertEquals(List.of("customer"), iterable(rows.get(0).fieldNames()));
  }

  @Test
  void view_selectiveForAnUnknownRecipient_isRefused() {
    assertRefused(view("selective:acme"), "crm privacy view: access denied: view selective:acme has no recipient "
        + "policy; recipients with a policy: partner:insurance, partner:logistics, partner:bank, partner:telecom, "
        + "partner:analytics");
  }

  @Test
  void view_personalWithoutRole_isRefusedWithOneLine() {
    assertRefused(view("personal"), "crm privacy view: access denied: application crm-cli with roles [user] may "
        + "not read view personal; the personal view needs --role privacy-officer");
    assertRefused(view("personal", "--role", "analyst"), "crm privacy view: access denied: application crm-cli "
        + "with roles [analyst] may not read view personal; the personal view needs --role privacy-officer");
  }

  @Test
  void view_personalAsPrivacyOfficer_showsEverything() throws IOException {
    CliRun run = view("personal", "--role", "privacy-officer");

    assertEquals(0, run.exitCode(), run.err());
    JsonNode duan = lines(run).get(0);
    assertEquals("+86" + PrivacyFixtures.PHONE, duan.get("customer").get("contactPoints").get(0).get("e164").asText());
    assertEquals(PrivacyFixtures.HEALTH, duan.get("customer").get("sensitive").get("healthNotes").asText());
    assertEquals(PrivacyFixtures.COMPLAINT, duan.get("interactions").get(0).get("content").asText());
  }

  @Test
  void view_anonymousAsUser_isRefused() {
    assertRefused(view("anonymous", "--role", "user"), "crm privacy view: access denied: application crm-cli "
        + "with roles [user] may not read view anonymous");
  }

  @Test
  void view_badViewValue_exitsTwo() {
    assertRefused(view("everything"), "crm privacy view: --view must be standard, personal, anonymous, "
        + "opt-out:PURPOSE or selective:RECIPIENT but was 'everything'");
    assertRefused(view("opt-out:direct-marketting"), "crm privacy view: --view must name a purpose (one of: "
        + "direct-marketing, third-party-disclosure, automated-decision, sensitive-data-use) after 'opt-out:' "
        + "but was 'opt-out:direct-marketting'");
  }

  @Test
  void view_badRole_exitsTwo() {
    assertRefused(view("standard", "--role", "Officer!"),
        "crm privacy view: --role must be 1..64 characters of [a-z0-9._-] but was 'Officer!'");
  }

  @Test
  void view_missingInput_exitsTwo() {
    Path missing = dir.resolve("none.json");
    CliRun run = CliRun.of("privacy", "view", "--view", "standard", "--input", missing.toString(), "-q");

    assertRefused(run, "crm privacy view: --input must be a readable file but was '" + missing + "'");
    assertRefused(CliRun.of("privacy", "view", "--view", "standard"),
        "crm privacy view: --input must be given but was missing");
  }

  @Test
  void view_badInputFile_namesFileLineAndField() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(input).replace("\"version\":0", "\"version\":\"zero\""));

    CliRun run = CliRun.of("privacy", "view", "--view", "standard", "--input", bad.toString(), "-q");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("crm privacy view: " + bad + ":2:"), run.err());
    assertTrue(run.err().contains("profiles[0].customer.version"), run.err());
  }

  @Test
  void view_shortOrMalformedKeyFile_exitsTwoWithoutShowingTheKey() throws IOException {
    String shortKey = "00112233445566778899aabbcc";
    Path shortFile = PrivacyFixtures.keyFile(dir, "short.hex", shortKey);
    String notHex = "this-is-my-secret-passphrase-not-hex-0123456789";
    Path notHexFile = PrivacyFixtures.keyFile(dir, "text.key", notHex);

    CliRun tooShort = viewWithKey("anonymous", shortFile);
    CliRun malformed = viewWithKey("anonymous", notHexFile);
    CliRun missing = viewWithKey("anonymous", dir.resolve("absent.hex"));

    assertRefused(tooShort, "crm privacy view: " + shortFile + ":1: key must be an even number of at least 32 "
        + "hexadecimal digits (16 bytes) but was 26 digits");
    assertRefused(malformed, "crm privacy view: " + notHexFile + ":1: key must be hexadecimal digits only (at "
        + "least 32) but was 47 characters, not all hexadecimal digits");
    assertRefused(missing, "crm privacy view: " + dir.resolve("absent.hex") + ": key file must be a readable file "
        + "of at most 4096 bytes but was no such file");
    assertFalse(tooShort.err().contains(shortKey.substring(0, 8)));
    assertFalse(malformed.err().contains("secret"));
  }

  @Test
  void view_withoutKeyFile_saysOnStderrThatTheKeyIsGeneratedForTheRun() throws IOException {
    CliRun run = CliRun.of("privacy", "view", "--view", "anonymous", "--input", input.toString(), "-q");
    CliRun second = CliRun.of("privacy", "view", "--view", "anonymous", "--input", input.toString(), "-q");
    CliRun withKey = view("anonymous");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("crm privacy view: no --key-file given: pseudonyms use a key generated for this run "
        + "(never shown), so they differ from those of any other run"), run.errLines());
    assertNotEquals(lines(run).get(0).get("customer").get("id"), lines(second).get(0).get("customer").get("id"));
    assertEquals("", withKey.err());
  }

  @Test
  void view_withoutQuiet_reportsTheReadAndTheAccessLog() {
    CliRun run = CliRun.of("privacy", "view", "--view", "standard", "--input", input.toString(),
        "--key-file", key.toString(), "--as-of", AS_OF);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("crm privacy view: reading " + input,
        "crm privacy view: view standard as role user: 3 of 3 customers; access log 1 entry, chain intact"),
        run.errLines());
  }

  @Test
  void privacy_withoutSubcommand_exitsTwo() {
    assertRefused(CliRun.of("privacy"),
        "crm privacy: expected a command (one of: dictionary, view, anonymize, report, request) but none was given; see 'crm privacy --help'");
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
