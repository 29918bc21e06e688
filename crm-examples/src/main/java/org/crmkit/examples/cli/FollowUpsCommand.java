package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.crmkit.core.followup.FollowUpPlan;
import org.crmkit.core.followup.FollowUpPlanner;
import org.crmkit.core.followup.FollowUpRules;
import org.crmkit.core.followup.PlannedFollowUp;
import org.crmkit.core.followup.PlanningInput;
import org.crmkit.core.profile.CustomerProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crm followups}: the follow-ups due as of a date among exported customers, by {@link
 * FollowUpPlanner} with the {@linkplain FollowUpRules#defaults() default rules} in China time
 * (14-day cadence, milestones, birthdays; never a marketing contact for a customer who opted out).
 * One JSON line per follow-up, in priority order, carrying ids, dates and codes only.
 */
@Command(
    name = "followups",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "List the follow-ups due as of a date, one JSON line each, in priority order.",
      "",
      "Reads a crmkit-export/1 file (crm demo --export) and plans with the default rules: every "
          + "customer contacted at least every 14 days, follow-ups after purchases, before renewals and "
          + "after closed complaints, and birthday care; dates in China time (UTC+8).",
      ""})
final class FollowUpsCommand extends CrmSubcommand {

  @Mixin ExportAsOfOptions options;

  @Override
  void run(PrintWriter out, Progress progress) {
    List<CustomerProfile> profiles = ExportInput.read(spec, options.input);
    progress.step("planning follow-ups for %,d customers as of %s", profiles.size(), options.asOf);
    FollowUpPlanner planner = FollowUpPlanner.of(FollowUpRules.defaults().withZone(ExportInput.ZONE));
    FollowUpPlan plan = planner.plan(PlanningInput.of(profiles), options.asOf);
    for (PlannedFollowUp p : plan.due()) {
      out.println(line(p));
    }
    progress.step("%,d follow-ups due, %,d marketing follow-ups suppressed by consent",
        plan.due().size(), plan.suppressed().size());
  }

  /** Returns the JSON line of a follow-up. */
  static String line(PlannedFollowUp p) {
    return new JsonLine()
        .string("customerId", p.customerId().value())
        .string("purpose", p.purpose().name())
        .string("reason", p.reason())
        .string("dueBy", p.dueBy())
        .number("overdueDays", p.overdueDays())
        .string("channel", p.channel().name())
        .string("accountManager", p.accountManager())
        .toString();
  }
}
