package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.crmkit.privacy.anonymize.Anonymization;
import org.crmkit.privacy.anonymize.AnonymizationFailedException;
import org.crmkit.privacy.anonymize.Anonymizer;
import org.crmkit.privacy.anonymize.CsvFormatException;
import org.crmkit.privacy.anonymize.CsvTables;
import org.crmkit.privacy.anonymize.Hierarchies;
import org.crmkit.privacy.anonymize.Hierarchy;
import org.crmkit.privacy.anonymize.Table;
import org.crmkit.privacy.json.PrivacyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm privacy anonymize}: k-anonymises a CSV table ({@link Anonymizer}), writes only the
 * released rows to {@code --output} and prints the JSON summary ({@link PrivacyJson#summary}).
 * When the parameters cannot be met, or the input is bad, it exits 2 with one line and writes no
 * output file: the release is written to a temporary file beside it and moved into place only
 * after the post-condition passed.
 */
@Command(
    name = "anonymize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "k-anonymise a CSV table by generalising its quasi-identifiers and suppressing rows.",
      "",
      "Reads a ';'- or ','-separated table with a header and one ARX hierarchy file "
          + "DIR/*_hierarchy_<column>.csv (value;level 1;...;*) per quasi-identifier, finds the "
          + "generalisation with the least information loss (discernibility metric) that makes every "
          + "group of equal quasi-identifiers at least K rows (and L distinct sensitive values), "
          + "writes the released rows to OUT.csv with the input's separator and prints a JSON summary.",
      ""})
final class PrivacyAnonymizeCommand extends CrmSubcommand {

  @Option(names = "--input", paramLabel = "FILE.csv", required = true, description = "The table, with a header line.")
  Path input;

  @Option(names = "--hierarchies", paramLabel = "DIR", required = true,
      description = "The directory of ARX hierarchy files, one *_hierarchy_<column>.csv per quasi-identifier.")
  Path hierarchies;

  @Option(names = "--qi", paramLabel = "COL", split = ",", required = true,
      description = "The quasi-identifier columns, comma-separated.")
  List<String> quasiIdentifiers;

  @Option(names = "--k", paramLabel = "K", required = true, converter = PositiveIntConverter.class,
      description = "The smallest group size, at least 1.")
  int k;

  @Option(names = "--suppression", paramLabel = "S", defaultValue = "0", converter = FractionConverter.class,
      description = "The fraction of rows that may be withheld, 0..1 or a percentage (default: ${DEFAULT-VALUE}).")
  double suppression;

  @Option(names = "--l", paramLabel = "L", converter = PositiveIntConverter.class,
      description = "Distinct l-diversity of --sensitive: at least L distinct values per group.")
  Integer l;

  @Option(names = "--sensitive", paramLabel = "COL", description = "The sensitive column, with --l.")
  String sensitive;

  @Option(names = "--output", paramLabel = "OUT.csv", required = true,
      description = "Where to write the released rows; not written when nothing can be released.")
  Path output;

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    checkOptions();
    char separator = separatorOf(input);
    Table table;
    Map<String, Hierarchy> byColumn;
    try {
      table = CsvTables.read(input);
      byColumn = Hierarchies.readArxDirectory(hierarchies);
    } catch (CsvFormatException e) {
      throw usage(e.getMessage());
    }
    Anonymizer.Builder builder = Anonymizer.builder().k(k).suppressionLimit(suppression);
    for (String qi : quasiIdentifiers) {
      checkColumn(table, "--qi", qi);
      Hierarchy h = byColumn.get(qi);
      if (h == null) {
        throw usage("--hierarchies must hold a file *_hierarchy_" + qi + ".csv for --qi column '" + qi
            + "' but had none (hierarchies for: " + String.join(", ", byColumn.keySet()) + ")");
      }
      builder.quasiIdentifier(qi, h);
    }
    if (l != null) {
      checkColumn(table, "--sensitive", sensitive);
      builder.lDiversity(sensitive, l);
    }
    progress.step("anonymising %,d rows over %d quasi-identifiers (k=%d, suppression %s)", table.size(),
        quasiIdentifiers.size(), k, suppression);
    Anonymization a;
    try {
      a = builder.build().anonymize(table);
    } catch (AnonymizationFailedException e) {
      throw usage("nothing released: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw usage("--hierarchies do not fit --input: " + e.getMessage());
    }
    String summary = PrivacyJson.summary(a);
    write(a.released(), separator);
    progress.step("released %,d of %,d rows to %s", a.releasedRows(), a.rows(), output);
    out.println(summary);
  }

  private void checkOptions() {
    if ((l == null) != (sensitive == null)) {
      throw usage("--l and --sensitive must be given together but only " + (l == null ? "--sensitive" : "--l")
          + " was given");
    }
    if (sensitive != null && quasiIdentifiers.contains(sensitive)) {
      throw usage("--sensitive must not be a --qi column but was '" + sensitive + "'");
    }
    if (quasiIdentifiers.stream().distinct().count() != quasiIdentifiers.size() || quasiIdentifiers.contains("")) {
      throw usage("--qi must name distinct, non-empty columns but was '" + String.join(",", quasiIdentifiers) + "'");
    }
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      throw usage("--input must be a readable CSV file but was '" + input + "'");
    }
    if (!Files.isDirectory(hierarchies)) {
      throw usage("--hierarchies must be a directory but was '" + hierarchies + "'");
    }
    Path parent = output.toAbsolutePath().getParent();
    if (Files.isDirectory(output) || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      throw usage("--output must be a file in an existing, writable directory but was '" + output + "'");
    }
  }

  private void checkColumn(Table table, String option, String column) {
    if (!table.columns().contains(column)) {
      throw usage(option + " must name a column of --input but was '" + column + "' (columns: "
          + String.join(", ", table.columns()) + ")");
    }
  }

  /** The separator of the header line: {@code ;} if it has one, else {@code ,}. */
  private static char separatorOf(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, UTF_8)) {
      String header = r.readLine();
      return header != null && header.indexOf(';') >= 0 ? ';' : ',';
    }
  }

  /** Writes beside the target, then moves into place, so a failure leaves no output file. */
  private void write(Table released, char separator) throws IOException {
    Path target = output.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".crm-anonymize-", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(temp, UTF_8)) {
        CsvTables.write(released, w, separator);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      throw new CommandFailedException("--output could not be written: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
