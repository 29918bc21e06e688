package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.complaint.ComplaintFlow;
import org.crmkit.core.complaint.ComplaintQueue;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm complaints}: the complaints awaiting a reply (received or investigating) at the start
 * of a date in China time, or with {@code --overdue} only those past their reply-due time ({@link
 * ComplaintQueue#isOverdue}). One JSON line per complaint, most overdue first, carrying ids, times
 * and codes only: never the complaint's text.
 */
@Command(
    name = "complaints",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "List the complaints awaiting a reply as of a date, one JSON line each, most overdue first.",
      "",
      "Reads a crmkit-export/1 file (crm demo --export). A complaint awaits a reply while it is "
          + "received or investigating; it is overdue when its reply-due time is before the start of "
          + "the as-of date in China time (UTC+8). Complaints received after that are ignored.",
      ""})
final class ComplaintsCommand extends CrmSubcommand {

  @Mixin ExportAsOfOptions options;

  @Option(names = "--overdue", description = "Only the complaints past their reply-due time.")
  boolean overdueOnly;

  @Override
  void run(PrintWriter out, Progress progress) {
    List<CustomerProfile> profiles = ExportInput.read(spec, options.input);
    Instant at = ExportInput.startOf(options.asOf);
    progress.step("listing complaints of %,d customers as of the start of %s (UTC+8)", profiles.size(), options.asOf);
    List<Complaint> open = new ArrayList<>();
    for (CustomerProfile profile : profiles) {
      for (Interaction i : profile.interactions()) {
        if (i instanceof Complaint && i.occurredAt().isBefore(at)) {
          Complaint c = (Complaint) i;
          if (overdueOnly ? ComplaintQueue.isOverdue(c, at) : ComplaintFlow.awaitsReply(c.status())) {
            open.add(c);
          }
        }
      }
    }
    open.sort(ComplaintQueue.MOST_OVERDUE_FIRST);
    for (Complaint c : open) {
      out.println(line(c, at));
    }
    progress.step("%,d complaints %s", open.size(), overdueOnly ? "overdue" : "awaiting a reply");
  }

  /** Returns the JSON line of a complaint; {@code overdueHours} is 0 unless overdue. */
  static String line(Complaint c, Instant at) {
    boolean overdue = ComplaintQueue.isOverdue(c, at);
    return new JsonLine()
        .string("complaintId", c.id().value())
        .string("customerId", c.customerId().value())
        .string("receivedAt", c.occurredAt())
        .string("replyDueAt", c.replyDueAt())
        .bool("overdue", overdue)
        .number("overdueHours", overdue ? Duration.between(c.replyDueAt(), at).toHours() : 0)
        .string("urgency", c.urgency().name())
        .string("cause", c.cause().name())
        .string("channel", c.channel().name())
        .string("status", c.status().name())
        .toString();
  }
}
