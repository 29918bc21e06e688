package org.crmkit.privacy.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestStore;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/** Builds the {@link PrivacyReport}. Stateless and thread-safe. */
public final class PrivacyReports {
  private PrivacyReports() {}

  /**
   * Generates the report.
   *
   * @param gateway the gateway: its dictionary, access policy, views, recipients and access log
   * @param requests the request log
   * @param profiles the customers whose consent is counted
   * @param purposes the purposes to count refusals for and to list an opt-out view of
   * @param asOf the time the report describes (consent and overdue are judged at it)
   * @return the report
   */
  public static PrivacyReport generate(PrivacyGateway gateway, RequestStore requests,
      List<CustomerProfile> profiles, List<Purpose> purposes, Instant asOf) {
    requireNonNull(gateway, "gateway");
    requireNonNull(requests, "requests");
    requireNonNull(profiles, "profiles");
    requireNonNull(purposes, "purposes");
    requireNonNull(asOf, "asOf");
    List<FieldEntry> fields = gateway.dictionary().entries();
    List<ViewSpec> specs = new ArrayList<>(List.of(ViewSpec.personal(), ViewSpec.standard(),
        ViewSpec.anonymous()));
    purposes.forEach(p -> specs.add(ViewSpec.optOut(p)));
    new TreeSet<>(gateway.recipients()).forEach(r -> specs.add(ViewSpec.selective(r)));
    List<ViewReport> views = new ArrayList<>();
    for (ViewSpec v : specs) {
      Map<String, String> transforms = new LinkedHashMap<>();
      for (FieldEntry e : fields) {
        transforms.put(e.path(), name(gateway.transformOf(v, e.path())));
      }
      views.add(new ViewReport(v.name(), v.kind(), roles(gateway, v.kind()), transforms));
    }
    Map<String, Long> refusals = new LinkedHashMap<>();
    for (Purpose p : purposes) {
      refusals.put(p.code(), profiles.stream()
          .filter(c -> !c.consent().decide(p, asOf).allowed()).count());
    }
    List<RequestLine> open = new ArrayList<>();
    for (CustomerRequest r : requests.all()) {
      if (!r.status().isClosed()) {
        open.add(RequestLine.of(r, asOf));
      }
    }
    return new PrivacyReport(asOf, fields, views, usage(gateway.accessLog().entries()),
        profiles.size(), refusals, open, gateway.accessLog().verify());
  }

  private static List<String> roles(PrivacyGateway gateway, ViewKind kind) {
    List<String> out = new ArrayList<>();
    new TreeMap<>(gateway.policy().grants()).forEach((role, kinds) -> {
      if (kinds.contains(kind)) {
        out.add(role);
      }
    });
    return out;
  }

  private static List<UsageLine> usage(List<AccessLogEntry> entries) {
    Map<List<String>, UsageLine> lines = new TreeMap<>((a, b) -> String.join("\u0000", a)
        .compareTo(String.join("\u0000", b)));
    for (AccessLogEntry e : entries) {
      List<String> key = List.of(e.applicationId(), e.view(), e.purpose());
      boolean granted = e.outcome() == AccessOutcome.GRANTED;
      UsageLine old = lines.get(key);
      if (old == null) {
        lines.put(key, new UsageLine(e.applicationId(), e.view(), e.purpose(), granted ? 1 : 0,
            granted ? 0 : 1, e.customers(), e.at(), e.at()));
      } else {
        lines.put(key, new UsageLine(old.applicationId(), old.view(), old.purpose(),
            old.reads() + (granted ? 1 : 0), old.denials() + (granted ? 0 : 1),
            old.customers() + e.customers(), min(old.firstUse(), e.at()), max(old.lastUse(), e.at())));
      }
    }
    return List.copyOf(lines.values());
  }

  /** The transform's report name: {@code keep}, {@code mask-keeping(3,4)}, {@code redact} … */
  static String name(FieldTransform t) {
    if (t instanceof FieldTransform.MaskKeeping) {
      FieldTransform.MaskKeeping m = (FieldTransform.MaskKeeping) t;
      return "mask-keeping(" + m.first() + "," + m.last() + ")";
    }
    String simple = t.getClass().getSimpleName();
    return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
