package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmkit.core.CustomerId;
import org.crmkit.scoring.bgnbd.BgNbdFit;
import org.crmkit.scoring.bgnbd.BgNbdFitter;
import org.crmkit.scoring.bgnbd.BgNbdStandardErrors;
import org.crmkit.scoring.bgnbd.FrequencyRecencyTable;
import org.crmkit.scoring.bgnbd.TransactionSummarizer;
import org.crmkit.scoring.bgnbd.TransactionSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm bgnbd}: fits the BG/NBD model (Fader, Hardie &amp; Lee 2005) by maximum likelihood to a
 * frequency/recency/age summary or to a transaction log summarised at a calibration end, prints
 * the parameters, and optionally writes each customer's P(alive) and expected purchases.
 */
@Command(
    name = "bgnbd",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Fit the BG/NBD buy-till-you-die model to a customer summary or a transaction log.",
      "",
      "Prints one JSON object: n (customers), r, alpha, a, b, logLikelihood and standardErrors "
          + "(null when the Hessian at the optimum is not positive definite). Frequency x counts repeat "
          + "purchase occasions, recency t_x and age T are in the summary's time unit.",
      ""})
final class BgNbdCommand extends CrmSubcommand {

  /** Exactly one input: a summary or a transaction log. */
  static final class Source {
    @Option(names = "--input", paramLabel = "SUMMARY.csv", required = true,
        description = "CSV summary, one row per customer: id, frequency, recency, T.")
    Path summary;

    @Option(names = "--transactions", paramLabel = "LOG.csv", required = true,
        description = "CSV transaction log, one row per transaction: id, date, optional amount.")
    Path transactions;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "customer_id",
      description = "Customer id column (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--frequency-column", paramLabel = "NAME", defaultValue = "frequency",
      description = "Summary: repeat-purchase count column (default: ${DEFAULT-VALUE}).")
  String frequencyColumn;

  @Option(names = "--recency-column", paramLabel = "NAME", defaultValue = "recency",
      description = "Summary: time of the last purchase column (default: ${DEFAULT-VALUE}).")
  String recencyColumn;

  @Option(names = "--age-column", paramLabel = "NAME", defaultValue = "T",
      description = "Summary: age (time since the first purchase) column (default: ${DEFAULT-VALUE}).")
  String ageColumn;

  @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date",
      description = "Log: transaction date column, yyyy-MM-dd or yyyyMMdd (default: ${DEFAULT-VALUE}).")
  String dateColumn;

  @Option(names = "--amount-column", paramLabel = "NAME", defaultValue = "amount",
      description = "Log: transaction value column, used if present (default: ${DEFAULT-VALUE}).")
  String amountColumn;

  @Option(names = "--calibration-end", paramLabel = "DATE",
      description = "Log: last day of the calibration period, inclusive (required with --transactions).")
  LocalDate calibrationEnd;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "weeks", converter = TimeUnitConverter.class,
      description = "Log: time unit of the summary, weeks or days (default: ${DEFAULT-VALUE}).")
  ChronoUnit unit;

  @Option(names = "--predict-out", paramLabel = "FILE",
      description = "Write customer_id,p_alive,expected_purchases to FILE (needs --horizon).")
  Path predictOut;

  @Option(names = "--horizon", paramLabel = "T", converter = PositiveDoubleConverter.class,
      description = "Prediction horizon in the summary's time unit, > 0.")
  Double horizon;

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    checkOptions();
    List<String> ids = new ArrayList<>();
    FrequencyRecencyTable table;
    if (source.summary != null) {
      table = readSummary(source.summary, ids);
    } else {
      TransactionSummary summary = readLog(source.transactions);
      summary.customerIds().forEach(id -> ids.add(id.value()));
      table = summary.toTable();
    }
    if (table.customers() == 0) {
      throw new InputException(source.summary != null ? source.summary : source.transactions, 0, "the file",
          "at least one customer", "none");
    }
    progress.step("fitting BG/NBD to %,d customers", table.customers());
    BgNbdFit fit = BgNbdFitter.fit(table);
    if (predictOut != null) {
      progress.step("writing predictions to %s", predictOut);
      writePredictions(fit, table, ids);
    }
    out.println(Json.line(toJson(fit)));
  }

  /** Returns the JSON object of a fit. */
  static ObjectNode toJson(BgNbdFit fit) {
    ObjectNode node = Json.object();
    node.put("n", fit.customers());
    node.put("r", fit.parameters().r());
    node.put("alpha", fit.parameters().alpha());
    node.put("a", fit.parameters().a());
    node.put("b", fit.parameters().b());
    node.put("logLikelihood", fit.logLikelihood());
    if (fit.standardErrors().isPresent()) {
      BgNbdStandardErrors se = fit.standardErrors().get();
      ObjectNode errors = node.putObject("standardErrors");
      Json.put(errors, "r", se.r());
      Json.put(errors, "alpha", se.alpha());
      Json.put(errors, "a", se.a());
      Json.put(errors, "b", se.b());
    } else {
      node.putNull("standardErrors");
    }
    return node;
  }

  private void checkOptions() {
    if (source.transactions != null && calibrationEnd == null) {
      throw new ParameterException(spec.commandLine(), "--calibration-end must be given with --transactions but was missing");
    }
    if ((predictOut == null) != (horizon == null)) {
      throw new ParameterException(spec.commandLine(), "--predict-out and --horizon must be given together but "
          + (predictOut == null ? "--predict-out" : "--horizon") + " was missing");
    }
    if (predictOut != null) {
      Path parent = predictOut.toAbsolutePath().getParent();
      if (Files.isDirectory(predictOut) || parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
        throw new ParameterException(spec.commandLine(),
            "--predict-out must be a file in an existing, writable directory but was '" + predictOut + "'");
      }
    }
  }

  private FrequencyRecencyTable readSummary(Path file, List<String> ids) {
    boolean needIds = predictOut != null;
    int[] col = new int[4];
    var builder = FrequencyRecencyTable.builder();
    CsvInput.read(file, csv -> {
      col[0] = needIds ? csv.column(idColumn) : -1;
      col[1] = csv.column(frequencyColumn);
      col[2] = csv.column(recencyColumn);
      col[3] = csv.column(ageColumn);
    }, row -> {
      int x = row.integer(col[1], 0, Integer.MAX_VALUE);
      double tx = row.number(col[2], 0);
      double t = row.number(col[3], 0);
      if (tx > t) {
        throw row.failure(col[2], String.format(Locale.ROOT, "at most T (%s)", row.text(col[3])), "'" + row.text(col[2]) + "'");
      }
      if (x == 0 && tx != 0) {
        throw row.failure(col[2], "0 when frequency is 0", "'" + row.text(col[2]) + "'");
      }
      if (needIds) {
        ids.add(row.nonBlank(col[0]));
      }
      builder.add(x, tx, t);
    });
    return builder.build();
  }

  private TransactionSummary readLog(Path file) {
    TransactionSummarizer summarizer = TransactionSummarizer.create();
    int[] col = new int[3];
    CsvInput.read(file, csv -> {
      col[0] = csv.column(idColumn);
      col[1] = csv.column(dateColumn);
      col[2] = csv.hasColumn(amountColumn) ? csv.column(amountColumn) : -1;
    }, row -> {
      String id = row.nonBlank(col[0]);
      CustomerId customerId;
      try {
        customerId = CustomerId.of(id);
      } catch (IllegalArgumentException e) {
        throw row.failure(col[0], "a customer id of 1-64 letters, digits or ._:-", "a text of " + id.length() + " characters");
      }
      LocalDate date = row.date(col[1]);
      double amount = col[2] < 0 ? 0 : row.number(col[2], 0);
      summarizer.add(customerId, date, amount);
    });
    return summarizer.summarize(calibrationEnd, unit);
  }

  private void writePredictions(BgNbdFit fit, FrequencyRecencyTable table, List<String> ids) throws IOException {
    int n = table.size();
    double[] alive = new double[n];
    double[] expected = new double[n];
    fit.model().score(table, horizon, alive, expected);
    try (BufferedWriter writer = Files.newBufferedWriter(predictOut, UTF_8)) {
      writer.write("customer_id,p_alive,expected_purchases\n");
      for (int i = 0; i < n; i++) {
        writer.write(ids.get(i) + "," + alive[i] + "," + expected[i] + "\n");
      }
    } catch (IOException e) {
      throw new CommandFailedException("--predict-out could not write '" + predictOut + "': " + e.getMessage(), e);
    }
  }
}
