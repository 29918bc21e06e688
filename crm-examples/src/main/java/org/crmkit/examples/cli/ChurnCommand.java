package org.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.examples.demo.CurrentScores;
import org.crmkit.scoring.bgnbd.BgNbdFit;
import org.crmkit.scoring.bgnbd.BgNbdFitter;
import org.crmkit.scoring.bgnbd.TransactionSummarizer;
import org.crmkit.scoring.bgnbd.TransactionSummary;
import org.crmkit.scoring.churn.ChurnAssessment;
import org.crmkit.scoring.churn.ChurnScore;
import org.crmkit.scoring.churn.ChurnWarning;
import org.crmkit.scoring.churn.EarlyWarning;
import org.crmkit.scoring.churn.Evidence;
import org.crmkit.scoring.churn.FactorScore;
import org.crmkit.scoring.churn.NotScored;
import org.crmkit.scoring.churn.Outlook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm churn}: the churn early warning for every customer of an export as of a day: the
 * health score with its factors, the warnings with reason, severity, evidence and suggested
 * action, or — for a customer who opted out of automated decisions — the not-scored result.
 */
@Command(
    name = "churn",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Churn early warning per customer: health score, warnings with reasons and actions.",
      "",
      "Reads the customers export written by 'crm demo --export' and prints one JSON line per customer: "
          + "customerId, scored, health (0-100 and its factors), warnings (code, severity, reason, action, "
          + "evidence) and outlook (BG/NBD P(alive) and expected purchases, with --horizon). A customer who opted "
          + "out of automated decisions gets scored false and the result 'not scored: opted out', nothing else.",
      ""})
final class ChurnCommand extends CrmSubcommand {

  @Option(names = "--input", paramLabel = "customers.json", required = true,
      description = "Customers export (crmkit-export/1).")
  Path input;

  @Option(names = "--as-of", paramLabel = "DATE", required = true,
      description = "Assessment day, yyyy-MM-dd; the assessment is made at its start in --zone.")
  LocalDate asOf;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "+08:00",
      description = "Zone whose calendar days count (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(names = "--horizon", paramLabel = "WEEKS", converter = PositiveDoubleConverter.class,
      description = "Also fit BG/NBD (in weeks) to the export's purchases and add each customer's outlook over WEEKS.")
  Double horizon;

  @Override
  void run(PrintWriter out, Progress progress) {
    Instant at = asOf.atStartOfDay(zone).toInstant();
    List<CustomerProfile> profiles = new ArrayList<>();
    ExportInput.read(input, profiles::add);
    EarlyWarning engine = CurrentScores.earlyWarning(zone);
    if (horizon != null) {
      TransactionSummarizer summarizer = TransactionSummarizer.create();
      profiles.forEach(p -> summarizer.addAll(p.interactions(), zone));
      TransactionSummary summary = summarizer.summarize(asOf.minusDays(1), ChronoUnit.WEEKS);
      if (summary.size() == 0) {
        throw new InputException(input, 0, "the customers", "at least one with a purchase before --as-of", "none");
      }
      progress.step("fitting BG/NBD to %,d customers", summary.size());
      BgNbdFit fit = BgNbdFitter.fit(summary.toTable());
      engine = engine.withModel(fit.model(), ChronoUnit.WEEKS, horizon);
    }
    progress.step("assessing %,d customers", profiles.size());
    for (CustomerProfile profile : profiles) {
      ChurnAssessment assessment;
      try {
        assessment = engine.assess(profile, at);
      } catch (IllegalArgumentException e) {
        throw new InputException(input, 0, "the history of customer " + profile.customer().id().value(),
            "assessable", "not: " + e.getMessage());
      }
      out.println(Json.line(toJson(assessment)));
    }
  }

  /**
   * Returns the JSON line of an assessment.
   *
   * @param assessment the assessment
   * @return the object
   */
  static ObjectNode toJson(ChurnAssessment assessment) {
    ObjectNode node = Json.object();
    if (assessment instanceof NotScored) {
      NotScored n = (NotScored) assessment;
      node.put("customerId", n.customerId().value());
      node.put("scored", false);
      node.put("result", n.message());
      node.put("basis", TierCommand.name(n.basis().name()));
      return node;
    }
    ChurnScore s = (ChurnScore) assessment;
    node.put("customerId", s.customerId().value());
    node.put("scored", true);
    ObjectNode health = node.putObject("health");
    Json.put(health, "value", s.health().value());
    ArrayNode factors = health.putArray("factors");
    for (FactorScore f : s.health().factors()) {
      ObjectNode fn = factors.addObject();
      fn.put("factor", TierCommand.name(f.factor().name()));
      fn.put("applicable", f.applicable());
      Json.put(fn, "score", f.score());
      Json.put(fn, "weight", f.weight());
      Json.put(fn, "points", f.points());
    }
    ArrayNode warnings = node.putArray("warnings");
    for (ChurnWarning w : s.warnings()) {
      ObjectNode wn = warnings.addObject();
      wn.put("code", TierCommand.name(w.code().name()));
      wn.put("severity", TierCommand.name(w.severity().name()));
      wn.put("reason", TierCommand.name(w.reason().name()));
      wn.put("action", TierCommand.name(w.action().name()));
      ArrayNode evidence = wn.putArray("evidence");
      for (Evidence e : w.evidence()) {
        ObjectNode en = evidence.addObject();
        en.put("name", e.name());
        if (e.figure().isPresent()) {
          Json.put(en, "figure", e.figure().getAsDouble());
        }
        e.date().ifPresent(d -> en.put("date", d.toString()));
      }
    }
    if (s.outlook().isPresent()) {
      Outlook o = s.outlook().get();
      ObjectNode on = node.putObject("outlook");
      on.put("frequency", o.frequency());
      Json.put(on, "recency", o.recency());
      Json.put(on, "age", o.age());
      Json.put(on, "probabilityAlive", o.probabilityAlive());
      Json.put(on, "horizon", o.horizon());
      Json.put(on, "expectedPurchases", o.expectedPurchases());
    } else {
      node.putNull("outlook");
    }
    return node;
  }
}
