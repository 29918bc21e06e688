package org.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.scoring.nps.NpsAccumulator;
import org.crmkit.scoring.nps.NpsMethod;
import org.crmkit.scoring.nps.NpsStatistics;
import org.crmkit.scoring.stats.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm nps}: the Net Promoter Score of a CSV column of 0–10 answers, with its standard
 * error and confidence interval (adjusted Wald by default), overall and optionally by group.
 */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Net Promoter Score of a CSV file of 0-10 answers, with standard error and confidence interval.",
      "",
      "Prints one JSON object: n, detractors (0-6), passives (7-8), promoters (9-10), nps (the raw "
          + "score in points, -100..100), standardError, low and high (points, from --method), method "
          + "and confidence. With --by: {\"overall\": {...}, \"groups\": {\"<value>\": {...}, ...}}.",
      ""})
final class NpsCommand extends CrmSubcommand {

  @Option(names = "--input", paramLabel = "FILE", required = true,
      description = "CSV file with a header row.")
  Path input;

  @Option(names = "--column", paramLabel = "NAME", defaultValue = "score",
      description = "Column of the 0-10 answers (default: ${DEFAULT-VALUE}).")
  String column;

  @Option(names = "--by", paramLabel = "COLUMN", description = "Also break the score down by this column.")
  String by;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "adjusted-wald", converter = NpsMethodConverter.class,
      description = "Interval method: adjusted-wald (Rocks 2016) or wald (default: ${DEFAULT-VALUE}).")
  NpsMethod method;

  @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", converter = ConfidenceConverter.class,
      description = "Confidence level in (0, 1) (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Override
  void run(PrintWriter out, Progress progress) {
    NpsAccumulator overall = new NpsAccumulator();
    Map<String, NpsAccumulator> groups = new TreeMap<>();
    int[] columns = new int[2];
    CsvInput.read(input, csv -> {
      columns[0] = csv.column(column);
      columns[1] = by == null ? -1 : csv.column(by);
    }, row -> {
      int score = row.integer(columns[0], 0, 10);
      overall.add(score);
      if (columns[1] >= 0) {
        groups.computeIfAbsent(row.text(columns[1]), k -> new NpsAccumulator()).add(score);
      }
    });
    ObjectNode overallNode = toJson(overall.snapshot(), method, confidence);
    if (by == null) {
      out.println(Json.line(overallNode));
      return;
    }
    ObjectNode result = Json.object();
    result.set("overall", overallNode);
    ObjectNode groupNodes = result.putObject("groups");
    groups.forEach((key, acc) -> groupNodes.set(key, toJson(acc.snapshot(), method, confidence)));
    out.println(Json.line(result));
  }

  /**
   * Returns the JSON object of one NPS estimate; with no answers, the score, error and interval are null.
   *
   * @param statistics the counts
   * @param method the interval method
   * @param confidence the confidence level
   * @return the object
   */
  static ObjectNode toJson(NpsStatistics statistics, NpsMethod method, double confidence) {
    ObjectNode node = Json.object();
    node.put("n", statistics.count());
    node.put("detractors", statistics.detractors());
    node.put("passives", statistics.passives());
    node.put("promoters", statistics.promoters());
    if (statistics.isEmpty()) {
      node.putNull("nps");
      node.putNull("standardError");
      node.putNull("low");
      node.putNull("high");
    } else {
      Interval interval = statistics.interval(method, confidence);
      node.put("nps", statistics.score());
      node.put("standardError",
          method == NpsMethod.WALD ? statistics.standardError() : statistics.adjustedStandardError());
      node.put("low", interval.low());
      node.put("high", interval.high());
    }
    node.put("method", NpsMethodConverter.name(method));
    node.put("confidence", confidence);
    return node;
  }
}
