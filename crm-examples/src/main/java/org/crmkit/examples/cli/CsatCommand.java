package org.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.crmkit.scoring.csat.CsatAccumulator;
import org.crmkit.scoring.csat.CsatStatistics;
import org.crmkit.scoring.stats.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm csat}: customer satisfaction of a CSV column of 1–5 ratings: counts per level, the
 * top-2-box percentage with its Wilson 95 % interval, and the mean.
 */
@Command(
    name = "csat",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Customer satisfaction (CSAT) of a CSV file of 1-5 ratings.",
      "",
      "Prints one JSON object: n, counts per rating 1..5, top2BoxPercent (ratings 4 and 5), mean, and "
          + "low and high, the Wilson 95%% interval of the top-2-box share in percent.",
      ""})
final class CsatCommand extends CrmSubcommand {
  /** The confidence level of the printed interval. */
  static final double CONFIDENCE = 0.95;

  @Option(names = "--input", paramLabel = "FILE", required = true, description = "CSV file with a header row.")
  Path input;

  @Option(names = "--column", paramLabel = "NAME", defaultValue = "rating",
      description = "Column of the 1-5 ratings (default: ${DEFAULT-VALUE}).")
  String column;

  @Override
  void run(PrintWriter out, Progress progress) {
    CsatAccumulator accumulator = new CsatAccumulator();
    int[] index = new int[1];
    CsvInput.read(input, csv -> index[0] = csv.column(column), row -> accumulator.add(row.integer(index[0], 1, 5)));
    out.println(Json.line(toJson(accumulator.snapshot())));
  }

  /**
   * Returns the JSON object of CSAT statistics; with no answers the percentage, mean and interval are null.
   *
   * @param statistics the counts
   * @return the object
   */
  static ObjectNode toJson(CsatStatistics statistics) {
    ObjectNode node = Json.object();
    node.put("n", statistics.count());
    ObjectNode counts = node.putObject("counts");
    statistics.countsByScore().forEach((score, count) -> counts.put(Integer.toString(score), count));
    if (statistics.isEmpty()) {
      node.putNull("top2BoxPercent");
      node.putNull("mean");
      node.putNull("low");
      node.putNull("high");
    } else {
      Interval interval = statistics.topTwoBoxInterval(CONFIDENCE);
      node.put("top2BoxPercent", statistics.topTwoBoxPercent());
      node.put("mean", statistics.mean());
      node.put("low", interval.low());
      node.put("high", interval.high());
    }
    return node;
  }
}
