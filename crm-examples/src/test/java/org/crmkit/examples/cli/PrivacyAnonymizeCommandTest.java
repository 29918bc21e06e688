package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code crm privacy anonymize} on ARX's own seven-row fixture (issue 6: ages, genders and zip
 * codes with the documented hierarchies; k = 2 without suppression releases the documented table).
 */
class PrivacyAnonymizeCommandTest {
  @TempDir Path dir;

  private static Path resource(String name) {
    try {
      return Path.of(PrivacyAnonymizeCommandTest.class.getResource("/arx/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private CliRun anonymize(String... more) {
    List<String> args = new ArrayList<>(List.of("privacy", "anonymize", "--input", resource("fixture.csv").toString(),
        "--hierarchies", resource("hierarchies").toString(), "--output", dir.resolve("out.csv").toString(), "-q"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void anonymize_arxFixtureK2_writesTheDocumentedReleaseAndPrintsTheSummary() throws IOException {
    CliRun run = anonymize("--qi", "age,gender,zipcode", "--k", "2", "--suppression", "0");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    // Classes of 2, 3 and 2 rows: discernibility (4 + 9 + 4) / 49.
    assertEquals("{\"rows\":7,\"released\":7,\"suppressed\":0,\"k\":2,\"levels\":{\"age\":1,\"gender\":1,\"zipcode\":2},"
        + "\"informationLoss\":" + (17.0 / 49) + "}\n", run.out());
    assertEquals(List.of("age;gender;zipcode", "<50;*;816**", "<50;*;816**", ">=50;*;819**", ">=50;*;819**",
        "<50;*;819**", ">=50;*;819**", "<50;*;819**"), Files.readAllLines(dir.resolve("out.csv")));
  }

  @Test
  void anonymize_lDiversity_keepsTheSensitiveColumnAndReportsL() throws IOException {
    CliRun run = anonymize("--qi", "age,zipcode", "--k", "2", "--l", "2", "--sensitive", "gender");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("{\"rows\":7,\"released\":7,\"suppressed\":0,\"k\":2,\"l\":2,\"levels\":{\"age\":1,\"zipcode\":2},"
        + "\"informationLoss\":" + (17.0 / 49) + "}\n", run.out());
    assertEquals(List.of("age;gender;zipcode", "<50;male;816**", "<50;female;816**", ">=50;male;819**",
        ">=50;female;819**", "<50;female;819**", ">=50;male;819**", "<50;male;819**"),
        Files.readAllLines(dir.resolve("out.csv")));
  }

  @Test
  void anonymize_commaSeparatedInput_writesCommas() throws IOException {
    Path csv = Files.writeString(dir.resolve("in.csv"),
        Files.readString(resource("fixture.csv")).replace(';', ','));
    Path out = dir.resolve("comma.csv");

    CliRun run = CliRun.of("privacy", "anonymize", "--input", csv.toString(), "--hierarchies",
        resource("hierarchies").toString(), "--qi", "age,gender,zipcode", "--k", "2", "--output", out.toString(), "-q");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("age,gender,zipcode", Files.readAllLines(out).get(0));
    assertEquals("<50,*,816**", Files.readAllLines(out).get(1));
  }

  @Test
  void anonymize_withoutQuiet_reportsProgressOnStderr() {
    List<String> args = List.of("privacy", "anonymize", "--input", resource("fixture.csv").toString(),
        "--hierarchies", resource("hierarchies").toString(), "--output", dir.resolve("out.csv").toString(),
        "--qi", "age,gender,zipcode", "--k", "2");

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("crm privacy anonymize: anonymising 7 rows over 3 quasi-identifiers (k=2, suppression 0.0)",
        "crm privacy anonymize: released 7 of 7 rows to " + dir.resolve("out.csv")), run.errLines());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--qi age,gender,zipcode --k 8 | crm privacy anonymize: nothing released: no generalisation of [age, gender, zipcode] reaches k=8 with at most 0 of 7 rows suppressed",
    "--qi age,zipcode --k 2 --l 3 --sensitive gender | crm privacy anonymize: nothing released: ",
    "--qi age,gender,zipcode --k 0 | crm privacy anonymize: --k must be an integer in [1, 2147483647] but was '0'",
    "--qi age,gender,zipcode --k two | crm privacy anonymize: --k must be an integer in [1, 2147483647] but was 'two'",
    "--qi age,gender,zipcode --k 2 --suppression 1.5 | crm privacy anonymize: --suppression must be a fraction in [0, 1] such as 0.04 or 4% but was '1.5'",
    "--qi age,gender,zipcode --k 2 --suppression abc | crm privacy anonymize: --suppression must be a fraction in [0, 1] such as 0.04 or 4% but was 'abc'",
    "--qi age,height --k 2 | crm privacy anonymize: --qi must name a column of --input but was 'height' (columns: age, gender, zipcode)",
    "--qi age,age --k 2 | crm privacy anonymize: --qi must name distinct, non-empty columns but was 'age,age'",
    "--qi age --k 2 --l 2 | crm privacy anonymize: --l and --sensitive must be given together but only --l was given",
    "--qi age,gender --k 2 --l 2 --sensitive gender | crm privacy anonymize: --sensitive must not be a --qi column but was 'gender'",
    "--k 2 | crm privacy anonymize: --qi must be given but was missing",
  })
  void anonymize_impossibleOrBadParameters_exitsTwoWithOneLineAndWritesNoFile(String args, String expected) {
    CliRun run = anonymize(args.strip().split(" +"));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith(expected), run.err());
    assertFalse(Files.exists(dir.resolve("out.csv")), "an output file was written");
  }

  @Test
  void anonymize_valueMissingFromHierarchy_exitsTwoWithoutTheValue() throws IOException {
    Path csv = Files.writeString(dir.resolve("in.csv"), "age;gender;zipcode\n34;male;81667\n52;male;81667\n");

    CliRun run = CliRun.of("privacy", "anonymize", "--input", csv.toString(), "--hierarchies",
        resource("hierarchies").toString(), "--qi", "age,gender,zipcode", "--k", "2",
        "--output", dir.resolve("out.csv").toString(), "-q");

    assertEquals(2, run.exitCode(), run.err());
    assertEquals(List.of("crm privacy anonymize: --hierarchies do not fit --input: hierarchy of column age must "
        + "cover every value but does not at level 0: value must be covered by the hierarchy but was not"), run.errLines());
    assertFalse(run.err().contains("52"), run.err());
    assertFalse(Files.exists(dir.resolve("out.csv")));
  }

  @Test
  void anonymize_missingHierarchyFile_exitsTwoNamingTheColumn() throws IOException {
    Path only = Files.createDirectory(dir.resolve("h"));
    Files.copy(resource("hierarchies/fixture_hierarchy_age.csv"), only.resolve("fixture_hierarchy_age.csv"));

    CliRun run = CliRun.of("privacy", "anonymize", "--input", resource("fixture.csv").toString(), "--hierarchies",
        only.toString(), "--qi", "age,zipcode", "--k", "2", "--output", dir.resolve("out.csv").toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals(List.of("crm privacy anonymize: --hierarchies must hold a file *_hierarchy_zipcode.csv for --qi "
        + "column 'zipcode' but had none (hierarchies for: age)"), run.errLines());
  }

  @Test
  void anonymize_missingInputOrBadCsv_exitsTwoWithOneLine() throws IOException {
    Path missing = dir.resolve("missing.csv");
    Path bad = Files.writeString(dir.resolve("bad.csv"), "age;gender;zipcode\n34;male\n");

    CliRun absent = CliRun.of("privacy", "anonymize", "--input", missing.toString(), "--hierarchies",
        resource("hierarchies").toString(), "--qi", "age", "--k", "2", "--output", dir.resolve("out.csv").toString());
    CliRun malformed = CliRun.of("privacy", "anonymize", "--input", bad.toString(), "--hierarchies",
        resource("hierarchies").toString(), "--qi", "age", "--k", "2", "--output", dir.resolve("out.csv").toString());

    assertEquals(2, absent.exitCode());
    assertEquals(List.of("crm privacy anonymize: --input must be a readable CSV file but was '" + missing + "'"),
        absent.errLines());
    assertEquals(2, malformed.exitCode());
    assertEquals("", malformed.out());
    assertEquals(1, malformed.errLines().size(), malformed.err());
    assertTrue(malformed.err().startsWith("crm privacy anonymize: bad.csv: line 2"), malformed.err());
    assertFalse(Files.exists(dir.resolve("out.csv")));
  }

  @Test
  void privacy_withoutSubcommand_exitsTwoWithOneLine() {
    CliRun run = CliRun.of("privacy");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("crm privacy: expected a command (one of: "), run.err());
    assertTrue(run.err().contains("anonymize"), run.err());
  }
}
