package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.crmkit.examples.demo.CurrentScores;
import org.crmkit.scoring.tier.CriterionCheck;
import org.crmkit.scoring.tier.Tier;
import org.crmkit.scoring.tier.TierCheck;
import org.crmkit.scoring.tier.TierDecision;
import org.crmkit.scoring.tier.TierEngine;
import org.crmkit.scoring.tier.TierGap;
import org.crmkit.scoring.tier.TierMember;
import org.crmkit.scoring.tier.TierPolicy;
import org.crmkit.scoring.tier.TierTrace;
import org.crmkit.scoring.tier.json.TierPolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm tier}: evaluates every customer of an export against a tier policy as of a day and
 * prints one JSON line per customer with the tier and the decision trace.
 */
@Command(
    name = "tier",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Evaluate customers' tiers (none < silver < gold < platinum < diamond by default) with a decision trace.",
      "",
      "Reads the customers export written by 'crm demo --export' and prints one JSON line per customer: "
          + "customerId, tier, earned, qualified, held, override, period, metrics and trace (every tier's "
          + "criteria, the gap to the next tier and what retains the current one). A customer enrolled after "
          + "--as-of gets tier null.",
      ""})
final class TierCommand extends CrmSubcommand {

  @Option(names = "--policy", paramLabel = "POLICY.json",
      description = "Tier policy (crmkit-tier-policy/1); default: the built-in policy in CNY, UTC+8.")
  Path policyFile;

  @Option(names = "--input", paramLabel = "customers.json", required = true,
      description = "Customers export (crmkit-export/1).")
  Path input;

  @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "Evaluation day, yyyy-MM-dd.")
  LocalDate asOf;

  @Override
  void run(PrintWriter out, Progress progress) {
    TierPolicy policy = policyFile == null ? CurrentScores.tierPolicy() : readPolicy(policyFile);
    TierEngine engine = TierEngine.of(policy);
    long[] count = new long[1];
    ExportInput.read(input, profile -> {
      Optional<TierDecision> decision;
      try {
        decision = CurrentScores.tier(engine, policy, profile, asOf);
      } catch (IllegalArgumentException e) {
        throw new InputException(input, 0, "the purchases of customer " + profile.customer().id().value(),
            "valid for the policy (currency " + policy.currency() + ")", "not: " + e.getMessage());
      }
      ObjectNode line;
      if (decision.isEmpty()) {
        TierMember member = TierMember.from(profile.customer(), policy.zone());
        line = Json.object();
        line.put("customerId", member.customerId().value());
        line.putNull("tier");
        line.put("enrolledOn", member.enrolledOn().toString());
      } else {
        line = toJson(decision.get());
      }
      out.println(Json.line(line));
      if (++count[0] % 100_000 == 0) {
        progress.step("evaluated %,d customers", count[0]);
      }
    });
  }

  private static TierPolicy readPolicy(Path file) {
    try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
      return TierPolicyJson.read(reader);
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, "the file", "an existing, readable file", "missing");
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file, 0, "the file", "a readable policy", "unreadable (" + e.getClass().getSimpleName() + ")");
    } catch (IllegalArgumentException e) {
      throw new InputException(file, 0, "the policy", "a valid " + TierPolicyJson.FORMAT + " document",
          "not: " + e.getMessage());
    }
  }

  /**
   * Returns the JSON line of a decision.
   *
   * @param d the decision
   * @return the object
   */
  static ObjectNode toJson(TierDecision d) {
    ObjectNode node = Json.object();
    node.put("customerId", d.member().customerId().value());
    node.put("tier", d.tierId());
    node.put("earned", d.earned().id());
    node.put("qualified", d.qualified().id());
    node.put("held", d.held().id());
    if (d.override().isPresent()) {
      ObjectNode o = node.putObject("override");
      o.put("tier", d.override().get().tierId());
      o.put("mode", name(d.override().get().mode().name()));
      o.put("endsOn", d.override().get().endsOn().toString());
    } else {
      node.putNull("override");
    }
    ObjectNode period = node.putObject("period");
    period.put("start", d.period().start().toString());
    period.put("end", d.period().end().toString());
    ObjectNode metrics = node.putObject("metrics");
    metrics.put("spend", d.metrics().spend());
    metrics.put("purchases", d.metrics().purchases());
    metrics.put("tenureDays", d.metrics().tenureDays());
    metrics.put("points", d.metrics().points());
    TierTrace trace = d.trace();
    ObjectNode t = node.putObject("trace");
    ArrayNode checks = t.putArray("checks");
    for (TierCheck check : trace.checks()) {
      ObjectNode c = checks.addObject();
      c.put("tier", check.tier().id());
      c.put("met", check.met());
      ArrayNode criteria = c.putArray("criteria");
      check.criteria().forEach(cc -> criteria.add(criterion(cc)));
    }
    gap(t, "toNext", trace.toNext());
    gap(t, "toRetain", trace.toRetain());
    putOptional(t, "downgradeTo", trace.downgradeTo().map(Tier::id));
    putOptional(t, "downgradeOn", trace.downgradeOn().map(LocalDate::toString));
    return node;
  }

  private static ObjectNode criterion(CriterionCheck cc) {
    ObjectNode c = Json.object();
    c.put("metric", name(cc.criterion().metric().name()));
    c.put("minimum", cc.criterion().minimum());
    c.put("actual", cc.actual());
    c.put("met", cc.met());
    c.put("shortfall", cc.shortfall());
    return c;
  }

  private static void gap(ObjectNode parent, String field, Optional<TierGap> gap) {
    if (gap.isEmpty()) {
      parent.putNull(field);
      return;
    }
    TierGap g = gap.get();
    ObjectNode node = parent.putObject(field);
    node.put("tier", g.tier().id());
    node.put("by", g.by().toString());
    node.put("text", g.describe());
  }

  private static void putOptional(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  /** Returns an enum constant's JSON name: lower case with hyphens, as in the policy format. */
  static String name(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
