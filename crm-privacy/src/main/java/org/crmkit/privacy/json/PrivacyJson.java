package org.crmkit.privacy.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.core.json.CrmJson;
import org.crmkit.privacy.access.AccessUsage;
import org.crmkit.privacy.anonymize.Anonymization;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.report.PrivacyReport;
import org.crmkit.privacy.report.RequestLine;
import org.crmkit.privacy.report.UsageLine;
import org.crmkit.privacy.report.ViewReport;
import org.crmkit.privacy.rights.AccessExport;
import org.crmkit.privacy.rights.AccessLogLine;
import org.crmkit.privacy.spi.CustomerRequest;

/**
 * Writes crm-privacy's documents as JSON (UTF-8 text, pretty-printed, keys in a fixed order).
 * Stateless and thread-safe.
 */
public final class PrivacyJson {
  private static final ObjectMapper MAPPER =
      CrmJson.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final ObjectMapper COMPACT = CrmJson.newObjectMapper();

  private PrivacyJson() {}

  /**
   * Writes the anonymisation summary the {@code crm privacy anonymize} command prints: {@code
   * {"rows","released","suppressed","k","levels":{qi:n,…},"informationLoss"}}, plus {@code "l"}
   * when l-diversity was asked.
   *
   * @param a the release
   * @return the JSON text, on one line
   */
  public static String summary(Anonymization a) {
    requireNonNull(a, "a");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", a.rows());
    m.put("released", a.releasedRows());
    m.put("suppressed", a.suppressed());
    m.put("k", a.k());
    a.l().ifPresent(l -> m.put("l", l));
    m.put("levels", a.levels());
    m.put("informationLoss", a.informationLoss());
    try {
      return COMPACT.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the privacy report.
   *
   * @param r the report
   * @return the JSON text
   */
  public static String report(PrivacyReport r) {
    requireNonNull(r, "r");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generatedAt", r.generatedAt().toString());
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("intact", r.accessLogChain().isIntact());
    chain.put("entriesChecked", r.accessLogChain().entriesChecked());
    r.accessLogChain().firstBadIndex().ifPresent(i -> chain.put("firstBadIndex", i));
    if (!r.accessLogChain().isIntact()) {
      chain.put("problem", r.accessLogChain().problem());
    }
    m.put("accessLogChain", chain);
    List<Object> fields = new ArrayList<>();
    for (FieldEntry e : r.fields()) {
      fields.add(ordered("path", e.path(), "category", e.category().name(), "kind", e.kind().name()));
    }
    m.put("fields", fields);
    List<Object> views = new ArrayList<>();
    for (ViewReport v : r.views()) {
      views.add(ordered("view", v.view(), "kind", v.kind().name(), "roles", v.roles(),
          "transforms", v.transforms()));
    }
    m.put("views", views);
    List<Object> usage = new ArrayList<>();
    for (UsageLine u : r.usage()) {
      usage.add(ordered("applicationId", u.applicationId(), "view", u.view(), "purpose", u.purpose(),
          "reads", u.reads(), "denials", u.denials(), "customers", u.customers(),
          "firstUse", u.firstUse().toString(), "lastUse", u.lastUse().toString()));
    }
    m.put("usage", usage);
    m.put("customers", r.customers());
    m.put("refusals", r.refusals());
    List<Object> open = new ArrayList<>();
    for (RequestLine q : r.openRequests()) {
      open.add(ordered("requestId", q.requestId(), "customerId", q.customerId(), "kind",
          q.kind().name(), "receivedAt", q.receivedAt().toString(), "dueAt", q.dueAt().toString(),
          "overdue", q.overdue()));
    }
    m.put("openRequests", open);
    m.put("overdueRequests", r.overdueRequests().size());
    return write(m);
  }

  /**
   * Writes an access export: {@code {"generatedAt", "customerId", "profile" (crm-core's export
   * format), "derived":{name:value,…}, "requests":[{"requestId","kind","status","receivedAt",
   * "dueAt","fields"}…], "accessLog":[{"index","at","applicationId","userId","view","purpose",
   * "outcome"}…], "accessUsage":[{"applicationId","view","reads","denials","customers"}…]}}.
   * {@code accessLog} lists the reads that returned the customer and names no other customer.
   *
   * @param x the export
   * @return the JSON text
   */
  public static String accessExport(AccessExport x) {
    requireNonNull(x, "x");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generatedAt", x.generatedAt().toString());
    m.put("customerId", x.profile().customer().id().value());
    m.put("profile", MAPPER.valueToTree(x.profile()));
    m.put("derived", new java.util.TreeMap<>(x.derived()));
    List<Object> requests = new ArrayList<>();
    for (CustomerRequest q : x.requests()) {
      requests.add(ordered("requestId", q.id(), "kind", q.kind().name(), "status", q.status().name(),
          "receivedAt", q.receivedAt().toString(), "dueAt", q.dueAt().toString(),
          "fields", List.copyOf(q.fields())));
    }
    m.put("requests", requests);
    List<Object> reads = new ArrayList<>();
    for (AccessLogLine e : x.accessLog()) {
      reads.add(ordered("index", e.index(), "at", e.at().toString(), "applicationId", e.applicationId(),
          "userId", e.userId(), "view", e.view(), "purpose", e.purpose(), "outcome", e.outcome().name()));
    }
    m.put("accessLog", reads);
    List<Object> usage = new ArrayList<>();
    for (AccessUsage u : x.accessUsage()) {
      usage.add(ordered("applicationId", u.applicationId(), "view", u.view(), "reads", u.reads(),
          "denials", u.denials(), "customers", u.customers()));
    }
    m.put("accessUsage", usage);
    return write(m);
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
