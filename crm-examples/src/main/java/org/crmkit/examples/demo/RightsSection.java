package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.anonymize.Anonymization;
import org.crmkit.privacy.anonymize.AnonymizationFailedException;
import org.crmkit.privacy.anonymize.Anonymizer;
import org.crmkit.privacy.anonymize.Hierarchies;
import org.crmkit.privacy.anonymize.ProfileBatch;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.pseudonym.KeyUnavailableException;
import org.crmkit.privacy.report.PrivacyReport;
import org.crmkit.privacy.report.PrivacyReports;
import org.crmkit.privacy.rights.AccessExport;
import org.crmkit.privacy.rights.CustomerRights;
import org.crmkit.privacy.rights.ErasureResult;
import org.crmkit.privacy.rights.RetentionPolicy;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.spi.RequestStore;

/**
 * The customer-rights section of {@code crm demo}: one correction reviewed, one access request
 * fulfilled (the access-log entries of the privacy section's reads of that customer, and its
 * current scores and tier), one erasure, an anonymised batch with its k and information loss, and the privacy report's summary. It works
 * on a copy of the first {@link #BATCH} customers in fresh in-memory stores, so the demo's stores
 * are not changed, with a clock fixed at the base's as-of instant: the same base gives the same
 * text. Only ids, field names and counts are shown. Stateless.
 */
public final class RightsSection {
  /** Customers copied for the section. */
  static final int BATCH = 2_000;
  /** The k of the anonymised batch. */
  static final int K = 5;
  /** The fraction of the batch's rows that may be suppressed. */
  static final double SUPPRESSION = 0.05;
  private static final String REVIEWER = "demo-dpo";
  private static final String TAG = "corrected";

  private RightsSection() {}

  /**
   * Renders the section.
   *
   * @param base the base that was loaded (for its as-of date and instant)
   * @param stores the stores it was loaded into; only read
   * @return the text, starting with a blank line, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores) {
    return render(base, stores, AccessLog.inMemory());
  }

  /**
   * Renders the section over the access log of the privacy section's reads: the access request it
   * fulfils is that of the customer the privacy section showed through each view (the subject of
   * the log's first one-customer read), or of the first customer when the log has none.
   *
   * @param base the base that was loaded (for its as-of date and instant)
   * @param stores the stores it was loaded into; only read
   * @param privacyLog the access log of the privacy section; only read
   * @return the text, starting with a blank line, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores, AccessLog privacyLog) {
    requireNonNull(base, "base");
    requireNonNull(stores, "stores");
    requireNonNull(privacyLog, "privacyLog");
    Instant at = base.asOfInstant();
    CrmStores copy = copy(stores);
    RequestStore requests = RequestStore.inMemory();
    CustomerRights rights = CustomerRights.over(copy, requests, privacyLog, RetentionPolicy.standard(),
        Clock.fixed(at, ZoneOffset.UTC));
    List<Customer> customers = customers(copy);
    StringBuilder out = new StringBuilder("\n");
    line(out, "Rights: requests over a copy of %,d customers (as of %s)", customers.size(), base.asOf());
    if (customers.size() < 2) {
      line(out, "  too few customers for the requests");
      return out.toString();
    }
    Customer corrected = customers.get(0);
    CustomerRequest correction = rights.requestCorrection(corrected.id(), c -> c.toBuilder().addTag(TAG).build());
    CustomerRequest reviewed = rights.approve(correction.id(), REVIEWER);
    line(out, "  correction %s of customer %s, fields %s: %s by %s", reviewed.id(), corrected.id().value(),
        reviewed.fields(), reviewed.status(), reviewed.closedBy().orElse("-"));
    access(out, rights, privacyLog, customers, base);
    Customer erased = customers.stream().skip(1)
        .filter(c -> copy.interactions().byCustomer(c.id()).stream().anyMatch(i -> i.kind() == InteractionKind.PURCHASE))
        .findFirst().orElse(customers.get(1));
    CustomerRequest erasure = rights.submit(erased.id(), RequestKind.ERASURE);
    ErasureResult e = rights.fulfilErasure(erasure.id(), REVIEWER);
    line(out, "  erasure %s of customer %s: %,d accounting records kept under '%s', %,d interactions deleted, "
        + "record deleted: %s", erasure.id(), e.customerId().value(), e.keptRecords(), e.placeholder().value(),
        e.deletedInteractions(), copy.customers().findById(erased.id()).isEmpty() ? "yes" : "NO (a bug)");
    CustomerRequest open = rights.submit(customers.get(customers.size() - 1).id(), RequestKind.ACCESS);
    line(out, "  access %s left open (due %s); overdue after %d days: %d request(s)", open.id(), open.dueAt(),
        rights.retention().requestDeadline().toDays() + 1,
        rights.overdue(at.plus(rights.retention().requestDeadline()).plus(Duration.ofDays(1))).size());
    List<CustomerProfile> profiles = new ArrayList<>();
    for (Customer c : customers(copy)) {
      if (!c.id().equals(RetentionPolicy.PLACEHOLDER)) {
        rights.profile(c.id()).ifPresent(profiles::add);
      }
    }
    batch(out, rights, profiles, base);
    report(out, requests, profiles, at);
    return out.toString();
  }

  /** Fulfils the access request of the privacy section's customer; shows counts, views and derived values. */
  private static void access(StringBuilder out, CustomerRights rights, AccessLog log, List<Customer> customers,
      SyntheticCustomerBase base) {
    CustomerId id = customers.get(0).id();
    for (AccessLogEntry e : log.entries()) {
      if (e.subjects().size() == 1) {
        if (rights.profile(e.subjects().get(0)).isPresent()) {
          id = e.subjects().get(0);
        }
        break;
      }
    }
    CustomerRequest r = rights.submit(id, RequestKind.ACCESS);
    AccessExport x = rights.fulfilAccess(r.id(), REVIEWER,
        c -> CurrentScores.derived(rights.profile(c).orElseThrow(), base.asOf(), CurrentScores.ZONE));
    Set<String> views = new LinkedHashSet<>();
    x.accessLog().forEach(e -> views.add(e.view()));
    line(out, "  access %s of customer %s: %s; the export lists %,d access-log entries about them", r.id(),
        id.value(), rights.requests().find(r.id()).map(q -> q.status().name()).orElse("-"), x.accessLog().size());
    line(out, "    views read: %s", views.isEmpty() ? "none" : String.join(", ", views));
    StringBuilder derived = new StringBuilder();
    new TreeMap<>(x.derived()).forEach((k, v) -> derived.append(derived.length() == 0 ? "" : ", ")
        .append(k).append('=').append(v));
    line(out, "    current scores and tier: %s", derived.length() == 0 ? "none" : derived);
  }

  private static void batch(StringBuilder out, CustomerRights rights, List<CustomerProfile> profiles,
      SyntheticCustomerBase base) {
    Map<String, Function<CustomerProfile, String>> columns = new LinkedHashMap<>();
    columns.put("age", ProfileBatch.age(base.asOf()));
    columns.put("region", ProfileBatch.region());
    columns.put("income", ProfileBatch.income());
    var table = ProfileBatch.table(profiles, columns,
        ProfileBatch.allowing(Purpose.AUTOMATED_DECISION, base.asOfInstant())
            .and(p -> !rights.isErased(p.customer().id()))
            .and(p -> p.customer().birthDate().isPresent() && p.customer().region().isPresent()
                && p.customer().estimatedIncome().isPresent()));
    Anonymizer anonymizer = Anonymizer.builder().k(K).suppressionLimit(SUPPRESSION)
        .quasiIdentifier("age", Hierarchies.ageBands())
        .quasiIdentifier("region", Hierarchies.regions())
        .quasiIdentifier("income", Hierarchies.incomeBands())
        .build();
    line(out, "  anonymised batch (age, region, income; consent to %s; erased customers left out):",
        Purpose.AUTOMATED_DECISION.code());
    try {
      Anonymization a = anonymizer.anonymize(table);
      line(out, "    k=%d, %,d of %,d rows released (%,d suppressed), levels %s, information loss %.4f",
          a.k(), a.releasedRows(), a.rows(), a.suppressed(), a.levels(), a.informationLoss());
    } catch (AnonymizationFailedException ex) {
      line(out, "    nothing released from %,d rows: k=%d cannot be met", table.size(), K);
    }
  }

  private static void report(StringBuilder out, RequestStore requests, List<CustomerProfile> profiles, Instant at) {
    KeySource noKeys = context -> {
      throw new KeyUnavailableException("the report derives no pseudonyms, so it has no key for " + context);
    };
    PrivacyGateway gateway = PrivacyGateway.builder(noKeys, Clock.fixed(at, ZoneOffset.UTC)).build();
    PrivacyReport r = PrivacyReports.generate(gateway, requests, profiles, Purpose.PREDEFINED, at);
    line(out, "  privacy report: %,d fields, %,d views, %,d customers, %,d open request(s), %,d overdue, "
        + "access log %s", r.fields().size(), r.views().size(), r.customers(), r.openRequests().size(),
        r.overdueRequests().size(), r.accessLogChain().isIntact() ? "intact" : "BROKEN");
    StringBuilder refusals = new StringBuilder();
    r.refusals().forEach((purpose, n) -> refusals.append(refusals.length() == 0 ? "" : ", ")
        .append(purpose).append(' ').append(String.format(Locale.ROOT, "%,d", n)));
    line(out, "    refusals per purpose: %s", refusals);
  }

  /** Copies the first {@link #BATCH} customers, with their interactions and consent, to fresh stores. */
  private static CrmStores copy(CrmStores stores) {
    CrmStores copy = InMemoryStores.create();
    List<Customer> first;
    try (Stream<Customer> scan = stores.customers().scan()) {
      first = scan.limit(BATCH).toList();
    }
    for (Customer c : first) {
      copy.customers().upsert(c.withVersion(0));
      copy.interactions().upsertAll(stores.interactions().byCustomer(c.id()));
      copy.consent().appendAll(stores.consent().history(c.id()));
    }
    return copy;
  }

  private static List<Customer> customers(CrmStores stores) {
    try (Stream<Customer> scan = stores.customers().scan()) {
      return scan.toList();
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
