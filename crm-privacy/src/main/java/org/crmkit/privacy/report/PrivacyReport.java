package org.crmkit.privacy.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.privacy.access.LogVerification;
import org.crmkit.privacy.dictionary.FieldEntry;

/**
 * The privacy report (see the package documentation). Immutable; holds ids, field names and
 * counts only.
 *
 * @param generatedAt the time it describes
 * @param fields the logical data model: every dictionary field with its category and kind
 * @param views every view with its roles and per-field transforms
 * @param usage which applications used which views for which purposes
 * @param customers the number of customers the consent counts are over
 * @param refusals per purpose code, the customers whose consent does not allow it at {@code
 *     generatedAt} (opted out, withdrawn, expired, or no opt-in where one is required)
 * @param openRequests the pending customer requests, overdue ones flagged
 * @param accessLogChain the result of verifying the access log's hash chain
 */
public record PrivacyReport(Instant generatedAt, List<FieldEntry> fields, List<ViewReport> views,
    List<UsageLine> usage, long customers, Map<String, Long> refusals, List<RequestLine> openRequests,
    LogVerification accessLogChain) {
  /** Validates and copies the parts. */
  public PrivacyReport {
    requireNonNull(generatedAt, "generatedAt");
    fields = List.copyOf(fields);
    views = List.copyOf(views);
    usage = List.copyOf(usage);
    refusals = Collections.unmodifiableMap(new LinkedHashMap<>(refusals));
    openRequests = List.copyOf(openRequests);
    requireNonNull(accessLogChain, "accessLogChain");
  }

  /**
   * Returns the overdue requests.
   *
   * @return the open requests past their due date
   */
  public List<RequestLine> overdueRequests() {
    return openRequests.stream().filter(RequestLine::overdue).toList();
  }

  /**
   * Renders the report as Markdown: one section per part, tables where the part is tabular.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    return MarkdownWriter.write(this);
  }
}
