package org.crmkit.privacy.report;

import java.util.Map;
import org.crmkit.privacy.dictionary.FieldEntry;

/** Renders a {@link PrivacyReport} as Markdown. Stateless. */
final class MarkdownWriter {
  private MarkdownWriter() {}

  static String write(PrivacyReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Privacy report\n\nGenerated at ").append(r.generatedAt()).append(".\n\n");
    md.append("## Access-log chain\n\n");
    if (r.accessLogChain().isIntact()) {
      md.append("Verified: ").append(r.accessLogChain().entriesChecked()).append(" entries, intact.\n\n");
    } else {
      md.append("**BROKEN** at entry ").append(r.accessLogChain().firstBadIndex().getAsLong())
          .append(": ").append(cell(r.accessLogChain().problem())).append(".\n\n");
    }
    md.append("## Data model\n\n| field | category | kind |\n|---|---|---|\n");
    for (FieldEntry e : r.fields()) {
      md.append("| `").append(e.path()).append("` | ").append(e.category()).append(" | ")
          .append(e.kind()).append(" |\n");
    }
    md.append("\n## Views\n");
    for (ViewReport v : r.views()) {
      md.append("\n### ").append(v.view()).append("\n\nRoles: ")
          .append(v.roles().isEmpty() ? "none" : String.join(", ", v.roles()))
          .append(".\n\n| field | transform |\n|---|---|\n");
      for (Map.Entry<String, String> t : v.transforms().entrySet()) {
        md.append("| `").append(t.getKey()).append("` | ").append(t.getValue()).append(" |\n");
      }
    }
    md.append("\n## Use of views\n\n");
    if (r.usage().isEmpty()) {
      md.append("No reads logged.\n");
    } else {
      md.append("| application | view | purpose | reads | denials | customers | first use | last use |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
      for (UsageLine u : r.usage()) {
        md.append("| ").append(cell(u.applicationId())).append(" | ").append(cell(u.view()))
            .append(" | ").append(cell(u.purpose())).append(" | ").append(u.reads()).append(" | ")
            .append(u.denials()).append(" | ").append(u.customers()).append(" | ")
            .append(u.firstUse()).append(" | ").append(u.lastUse()).append(" |\n");
      }
    }
    md.append("\n## Consent refusals per purpose\n\nOver ").append(r.customers())
        .append(" customers.\n\n| purpose | customers refusing |\n|---|---|\n");
    r.refusals().forEach((p, n) -> md.append("| ").append(p).append(" | ").append(n).append(" |\n"));
    md.append("\n## Open customer requests\n\n").append(r.openRequests().size()).append(" pending, ")
        .append(r.overdueRequests().size()).append(" overdue.\n");
    if (!r.openRequests().isEmpty()) {
      md.append("\n| request | customer | kind | received | due | overdue |\n|---|---|---|---|---|---|\n");
      for (RequestLine q : r.openRequests()) {
        md.append("| ").append(q.requestId()).append(" | ").append(q.customerId()).append(" | ")
            .append(q.kind()).append(" | ").append(q.receivedAt()).append(" | ").append(q.dueAt())
            .append(" | ").append(q.overdue() ? "**yes**" : "no").append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
