package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.rights.RetentionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code crm privacy request access|correct|erase} on the operations export fixture. */
class PrivacyRequestCommandTest {
  @TempDir Path dir;

  private static final Instant AT = ExportInput.startOf(OperationsExportFixture.AS_OF);

  /** The first fixture customer with a purchase kept under the standard retention. */
  private static CustomerProfile withKeptRecords() {
    return OperationsExportFixture.PROFILES.stream()
        .filter(p -> p.interactions().stream().anyMatch(i -> RetentionPolicy.standard().keeps(i, AT))
            && p.interactions().stream().anyMatch(i -> !RetentionPolicy.standard().keeps(i, AT)))
        .findFirst().orElseThrow();
  }

  private static void assertRefused(CliRun run, String expected) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(expected), run.errLines());
  }

  @Test
  void access_knownCustomer_printsTheExportOfThatCustomer() throws IOException {
    CustomerProfile p = withKeptRecords();
    CliRun run = CliRun.of("privacy", "request", "access", "--input", OperationsExportFixture.path(),
        "--customer", p.customer().id().value(), "--as-of", OperationsExportFixture.AS_OF.toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode n = new ObjectMapper().readTree(run.out());
    assertEquals(AT.toString(), n.get("generatedAt").asText());
    assertTrue(run.out().contains(p.customer().id().value()), run.out());
    assertTrue(run.out().contains("\"COMPLETED\""), run.out());
    assertTrue(n.get("accessLog").isArray(), run.out());
    assertEquals(0, n.get("accessLog").size(), "the command reads no view, so nothing was logged about the customer");
  }

  @Test
  void access_derived_isTheTierAndChurnHealthThatCrmTierAndCrmChurnPrint() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String asOf = OperationsExportFixture.AS_OF.toString();
    int scored = 0;
    for (CustomerProfile p : OperationsExportFixture.PROFILES.subList(0, Math.min(6, OperationsExportFixture.PROFILES.size()))) {
      String id = p.customer().id().value();
      JsonNode derived = json.readTree(CliRun.of("privacy", "request", "access", "--input",
          OperationsExportFixture.path(), "--customer", id, "--as-of", asOf, "-q").out()).get("derived");
      JsonNode tier = line(CliRun.of("tier", "--input", OperationsExportFixture.path(), "--as-of", asOf, "-q"), id);
      JsonNode churn = line(CliRun.of("churn", "--input", OperationsExportFixture.path(), "--as-of", asOf, "-q"), id);

      if (tier.get("tier").isNull()) {
        assertFalse(derived.has("tier"), id);
      } else {
        assertEquals(tier.get("tier").asText(), derived.get("tier").asText(), id);
      }
      if (churn.get("scored").asBoolean()) {
        scored++;
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", churn.get("health").get("value").asDouble()),
            derived.get("churn.health").asText(), id);
        List<String> codes = new ArrayList<>();
        churn.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        assertEquals(codes.isEmpty() ? "none" : String.join(",", codes), derived.get("churn.warnings").asText(), id);
      } else {
        assertEquals(churn.get("result").asText(), derived.get("churn").asText(), id);
      }
    }
    assertTrue(scored > 0, "at least one scored customer");
  }

  /** The JSON line of one customer in a command's output. */
  private static JsonNode line(CliRun run, String customerId) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    for (String l : run.out().split("\n")) {
      JsonNode n = new ObjectMapper().readTree(l);
      if (n.get("customerId").asText().equals(customerId)) {
        return n;
      }
    }
    throw new AssertionError("no line for " + customerId);
  }

  @Test
  void erase_knownCustomer_writesTheRestAndKeepsAccountingRecordsAnonymously() throws IOException {
    CustomerProfile p = withKeptRecords();
    int kept = (int) p.interactions().stream().filter(i -> RetentionPolicy.standard().keeps(i, AT)).count();
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("privacy", "request", "erase", "--input", OperationsExportFixture.path(),
        "--customer", p.customer().id().value(), "--output", out.toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals("{\"request\":\"req-1\",\"customer\":\"" + p.customer().id().value()
        + "\",\"placeholder\":\"anonymous\",\"keptRecords\":" + kept + ",\"deletedInteractions\":"
        + (p.interactions().size() - kept) + ",\"deletedCustomers\":1}\n", run.out());
    List<CustomerProfile> rest;
    try (InputStream in = Files.newInputStream(out)) {
      rest = CustomerExport.read(in);
    }
    assertFalse(rest.stream().anyMatch(r -> r.customer().id().equals(p.customer().id())));
    CustomerProfile anonymous = rest.stream().filter(r -> r.customer().id().equals(RetentionPolicy.PLACEHOLDER))
        .findFirst().orElseThrow();
    assertEquals(kept, anonymous.interactions().size());
    assertEquals(OperationsExportFixture.PROFILES.size(), rest.size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "access | --customer no-such-id | crm privacy request access: --customer must be a customer id of --input but was 'no-such-id'",
    "erase  | --customer no-such-id | crm privacy request erase: --customer must be a customer id of --input but was 'no-such-id'",
    "access | --as-of 2026-06-31    | crm privacy request access: --as-of must be an ISO date (yyyy-MM-dd) in [1970-01-01, 2199-12-31] but was '2026-06-31'",
  })
  void request_badArgument_exitsTwoWithOneLineAndWritesNothing(String command, String args, String expected)
      throws IOException {
    Path out = dir.resolve("out.json");
    List<String> argv = new ArrayList<>(List.of("privacy", "request", command, "--input", OperationsExportFixture.path()));
    if (!args.contains("--customer")) {
      argv.addAll(List.of("--customer", withKeptRecords().customer().id().value()));
    }
    if (command.equals("erase")) {
      argv.addAll(List.of("--output", out.toString()));
    }
    argv.addAll(List.of(args.strip().split(" +")));
    CliRun run = CliRun.of(argv.toArray(String[]::new));

    assertRefused(run, expected);
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  private CliRun correct(CustomerProfile p, Path out, String... more) {
    List<String> argv = new ArrayList<>(List.of("privacy", "request", "correct", "--input", OperationsExportFixture.path(),
        "--customer", p.customer().id().value(), "--output", out.toString(), "-q"));
    argv.addAll(List.of(more));
    return CliRun.of(argv.toArray(String[]::new));
  }

  private static CustomerProfile stored(Path out, CustomerProfile p) throws IOException {
    try (InputStream in = Files.newInputStream(out)) {
      return CustomerExport.read(in).stream().filter(r -> r.customer().id().equals(p.customer().id()))
          .findFirst().orElseThrow();
    }
  }

  @Test
  void correct_approve_appliesTheFieldsAndPrintsTheSummary() throws IOException {
    CustomerProfile p = OperationsExportFixture.PROFILES.get(0);
    ValueSegment other = p.customer().segment() == ValueSegment.ORDINARY ? ValueSegment.POTENTIAL : ValueSegment.ORDINARY;
    Path out = dir.resolve("out.json");
    CliRun run = correct(p, out, "--set", "segment=" + other, "--set", "tags=checked, vip", "--decision", "approve");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"request\":\"req-1\",\"customer\":\"" + p.customer().id().value()
        + "\",\"fields\":[\"segment\",\"tags\"],\"status\":\"APPROVED\",\"reviewer\":\"crm-cli\"}\n", run.out());
    CustomerProfile after = stored(out, p);
    assertEquals(other, after.customer().segment());
    assertEquals(Set.of("checked", "vip"), after.customer().tags());
    assertEquals(p.customer().displayName(), after.customer().displayName());
  }

  @Test
  void correct_reject_leavesTheRecordAsItWas() throws IOException {
    CustomerProfile p = OperationsExportFixture.PROFILES.get(0);
    Path out = dir.resolve("out.json");
    CliRun run = correct(p, out, "--set", "accountManager=am-999", "--decision", "reject");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"fields\":[\"accountManager\"],\"status\":\"REJECTED\""), run.out());
    assertEquals(p.customer().accountManager(), stored(out, p).customer().accountManager());
    assertEquals(p.customer().segment(), stored(out, p).customer().segment());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--set email=x --decision approve       | crm privacy request correct: --set must name one of displayName, segment, tags, accountManager but was 'email'",
    "--set segment=GOLD --decision approve  | crm privacy request correct: --set segment must be one of HIGH_VALUE, POTENTIAL, ORDINARY but was 'GOLD'",
    "--set tags=vip --decision maybe        | crm privacy request correct: --decision must be approve or reject but was 'maybe'",
  })
  void correct_badArgument_exitsTwoWithOneLineAndWritesNothing(String args, String expected) throws IOException {
    CliRun run = correct(OperationsExportFixture.PROFILES.get(0), dir.resolve("out.json"), args.strip().split(" +"));

    assertRefused(run, expected);
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void correct_changingNothing_exitsTwoAndWritesNothing() throws IOException {
    CustomerProfile p = OperationsExportFixture.PROFILES.get(0);
    CliRun run = correct(p, dir.resolve("out.json"), "--set", "segment=" + p.customer().segment(), "--decision", "approve");

    assertRefused(run, "crm privacy request correct: --set must change the customer's record but changed nothing");
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void request_withoutSubcommand_exitsTwo() {
    assertRefused(CliRun.of("privacy", "request"),
        "crm privacy request: expected a command (one of: access, correct, erase) but none was given; see 'crm privacy request --help'");
  }
}
