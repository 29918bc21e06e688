package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.privacy.access.AccessDeniedException;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.AccessUsage;
import org.crmkit.privacy.access.LogVerification;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewSpec;

/**
 * The privacy section of {@code crm demo}: one customer through each view, the customers each
 * opt-out and selective view keeps, and the access log of all those reads, verified. Every read
 * goes through the {@link PrivacyGateway}; clear personal data appears only in the personal view,
 * read as a privacy officer. Pseudonyms are keyed with a key drawn for the run and shown only as
 * {@code (pseudonym)}, so the output stays the same for the same options. Stateless.
 */
public final class PrivacySection {
  /** Customers read per opt-out or selective read. */
  static final int CHUNK = 10_000;
  /** Customers searched for the one shown through each view. */
  static final int SEARCHED = 2_000;
  private static final int CELL = 18;
  private static final String APP = "crm-demo";
  private static final Viewer USER = Viewer.of(APP, "demo-user", "customer-service", AccessPolicy.USER);
  private static final Viewer OFFICER = Viewer.of(APP, "demo-dpo", "privacy-audit", AccessPolicy.PRIVACY_OFFICER);
  private static final Viewer ANALYST = Viewer.of(APP, "demo-analyst", "analysis", AccessPolicy.ANALYST);
  private static final Viewer DISCLOSER = Viewer.of(APP, "demo-disclosure", "disclosure", AccessPolicy.DISCLOSURE);

  private PrivacySection() {}

  /**
   * Renders the section.
   *
   * @param base the base that was loaded (for its as-of instant)
   * @param stores the stores it was loaded into
   * @return the text, starting with a blank line, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores) {
    return render(base, stores, AccessLog.inMemory());
  }

  /**
   * Renders the section, appending its reads to a log the rights section then exports from.
   *
   * @param base the base that was loaded (for its as-of instant)
   * @param stores the stores it was loaded into
   * @param log the access log to append to, empty
   * @return the text, starting with a blank line, lines ending in {@code \n}
   */
  public static String render(SyntheticCustomerBase base, CrmStores stores, AccessLog log) {
    requireNonNull(base, "base");
    requireNonNull(stores, "stores");
    requireNonNull(log, "log");
    PrivacyGateway gateway = DemoPrivacy.gateway(runKey(), Clock.fixed(base.asOfInstant(), ZoneOffset.UTC))
        .consentGate(stores.consent().gate())
        .accessLog(log)
        .build();
    StringBuilder out = new StringBuilder();
    List<Customer> customers;
    try (Stream<Customer> scan = stores.customers().scan()) {
      customers = scan.toList();
    }
    oneCustomer(out, gateway, stores, customers, base.asOfInstant());
    optOuts(out, gateway, customers);
    accessLog(out, gateway.accessLog());
    return out.toString();
  }

  private static KeySource runKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    KeySource keys = KeySource.fromMasterKey(key);
    Arrays.fill(key, (byte) 0);
    return keys;
  }

  private static void oneCustomer(StringBuilder out, PrivacyGateway gateway, CrmStores stores,
      List<Customer> customers, Instant asOf) {
    CustomerProfile profile = null;
    int best = -1;
    for (Customer c : customers.subList(0, Math.min(SEARCHED, customers.size()))) {
      CustomerProfile p = new CustomerProfile(c, List.of(), stores.consent().history(c.id()));
      int score = richness(c) + (recipientOf(p, asOf).isPresent() ? 3 : 0)
          + (stores.interactions().byCustomer(c.id()).stream().anyMatch(i -> i.kind() == InteractionKind.COMPLAINT
              || i.kind() == InteractionKind.SERVICE) ? 3 : 0)
          + (p.consent().decide(Purpose.DIRECT_MARKETING, asOf).allowed() ? 1 : 0);
      if (score > best) {
        best = score;
        profile = p;
      }
    }
    Customer shown = profile.customer();
    profile = new CustomerProfile(shown, stores.interactions().byCustomer(shown.id()), profile.consentEvents());
    String recipient = recipientOf(profile, asOf).orElse(DemoPrivacy.recipients().get(0).recipient());
    Map<String, Optional<ProfileView>> views = new LinkedHashMap<>();
    views.put("standard", gateway.read(USER, ViewSpec.standard(), profile));
    views.put("personal", gateway.read(OFFICER, ViewSpec.personal(), profile));
    views.put("anonymous", gateway.read(ANALYST, ViewSpec.anonymous(), profile));
    views.put("opt-out:direct-mkt", gateway.read(USER, ViewSpec.optOut(Purpose.DIRECT_MARKETING), profile));
    views.put("selective:" + recipient.substring(recipient.indexOf(':') + 1),
        gateway.read(DISCLOSER, ViewSpec.selective(recipient), profile));
    boolean refused = false;
    try {
      gateway.read(USER, ViewSpec.personal(), profile);
    } catch (AccessDeniedException e) {
      refused = true;
    }
    out.append('\n');
    line(out, "Privacy: customer %s through each view (personal read as privacy officer; selective for %s)",
        shown.id().value(), recipient);
    List<Map<String, String>> cells = new ArrayList<>();
    for (Optional<ProfileView> v : views.values()) {
      cells.add(v.map(PrivacySection::flatten).orElse(null));
    }
    Map<String, String> personal = cells.get(1);
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-32s", "field"));
    views.keySet().forEach(name -> head.append(' ').append(pad(name)));
    out.append(head.toString().stripTrailing()).append('\n');
    for (String path : personal.keySet()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-32s", cut(path, 32)));
      for (Map<String, String> view : cells) {
        String v = view == null ? "(removed)" : view.getOrDefault(path, "-");
        if (view != null && view != personal && v.matches("[0-9a-f]{32}") && !v.equals(personal.get(path))) {
          v = "(pseudonym)";
        }
        row.append(' ').append(pad(cut(v, CELL)));
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  %-32s", "interactions[].content"));
    for (Optional<ProfileView> v : views.values()) {
      text.append(' ').append(pad(cut(v.map(PrivacySection::firstContent).orElse("(removed)"), CELL)));
    }
    out.append(text.toString().stripTrailing()).append('\n');
    StringBuilder counts = new StringBuilder(String.format(Locale.ROOT, "  %-32s", "interactions, consents"));
    for (Optional<ProfileView> v : views.values()) {
      counts.append(' ').append(pad(v.map(p -> p.interactions().size() + ", " + p.consentEvents().size())
          .orElse("(removed)")));
    }
    out.append(counts.toString().stripTrailing()).append('\n');
    line(out, "  the personal view as role user: %s", refused ? "access denied (logged)" : "ALLOWED (a bug)");
  }

  /** How much identity data a customer has, to pick one that shows every mask. */
  private static int richness(Customer c) {
    int score = c.type() == CustomerType.INDIVIDUAL ? 4 : 0;
    score += c.contactPoints().stream().anyMatch(p -> p instanceof PhoneNumber) ? 2 : 0;
    score += c.contactPoints().stream().anyMatch(p -> p instanceof EmailAddress) ? 1 : 0;
    score += c.contactPoints().size() >= 3 ? 1 : 0;
    score += c.idDocument().isPresent() ? 2 : 0;
    score += c.birthDate().isPresent() ? 1 : 0;
    score += c.estimatedIncome().isPresent() ? 1 : 0;
    return score;
  }

  /** The first recipient with a policy the customer allows disclosure to. */
  private static Optional<String> recipientOf(CustomerProfile p, Instant asOf) {
    ConsentLedger ledger = p.consent();
    return DemoPrivacy.recipients().stream().map(RecipientPolicy::recipient)
        .filter(r -> ledger.decide(Purpose.THIRD_PARTY_DISCLOSURE, Optional.of(r), asOf).allowed())
        .findFirst();
  }

  private static void optOuts(StringBuilder out, PrivacyGateway gateway, List<Customer> customers) {
    out.append('\n');
    line(out, "Privacy: customers kept by the opt-out and selective views (of %,d)", customers.size());
    line(out, "  %-32s %9s %9s", "view", "kept", "removed");
    List<ViewSpec> specs = new ArrayList<>();
    Purpose.PREDEFINED.forEach(p -> specs.add(ViewSpec.optOut(p)));
    DemoPrivacy.recipients().forEach(r -> specs.add(ViewSpec.selective(r.recipient())));
    for (ViewSpec spec : specs) {
      Viewer viewer = spec instanceof ViewSpec.Selective ? DISCLOSER : USER;
      long kept = 0;
      for (int from = 0; from < customers.size(); from += CHUNK) {
        List<CustomerProfile> chunk = new ArrayList<>(CHUNK);
        for (Customer c : customers.subList(from, Math.min(customers.size(), from + CHUNK))) {
          chunk.add(new CustomerProfile(c, List.of(), List.of()));
        }
        kept += gateway.read(viewer, spec, chunk).size();
      }
      line(out, "  %-32s %,9d %,9d", spec.name(), kept, customers.size() - kept);
    }
  }

  private static void accessLog(StringBuilder out, AccessLog log) {
    out.append('\n');
    LogVerification check = log.verify();
    line(out, "Privacy: access log (SHA-256 hash chain), %,d entries: %s", log.size(),
        check.isIntact() ? "verified intact" : "BROKEN at entry " + check.firstBadIndex().getAsLong());
    line(out, "  %-12s %-32s %7s %7s %11s", "application", "view", "reads", "denied", "customers");
    for (AccessUsage u : log.usage()) {
      line(out, "  %-12s %-32s %,7d %,7d %,11d", u.applicationId(), u.view(), u.reads(), u.denials(), u.customers());
    }
    List<AccessLogEntry> entries = log.entries();
    // The middle entry that names a customer: its first subject is dropped from the copy.
    long victim = entries.size() / 2;
    while (victim < entries.size() - 1 && entries.get((int) victim).subjects().isEmpty()) {
      victim++;
    }
    AccessLogStore copy = AccessLogStore.inMemory();
    for (AccessLogEntry e : entries) {
      List<CustomerId> subjects = e.subjects();
      copy.append(e.index() != victim || subjects.isEmpty() ? e : new AccessLogEntry(e.index(), e.at(),
          e.applicationId(), e.userId(), e.view(), e.purpose(), e.customers() - 1, subjects.subList(1, subjects.size()),
          e.outcome(), e.previousHash(), e.hash()));
    }
    LogVerification tampered = AccessLog.over(copy).verify(log.head());
    line(out, "  a copy with one customer removed from entry %d: %s", victim, tampered.isIntact()
        ? "NOT DETECTED (a bug)" : "detected, first bad entry " + tampered.firstBadIndex().getAsLong());
  }

  /** The first interaction text a view shows, or "-". */
  private static String firstContent(ProfileView v) {
    for (org.crmkit.privacy.view.ViewValue.Group g : v.interactions()) {
      Optional<String> t = g.text("content");
      if (t.isPresent()) {
        return t.get();
      }
    }
    return "-";
  }

  /** The customer part of a view as path → text, list items by index. */
  private static Map<String, String> flatten(ProfileView v) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", v.customer().toPlain(), out);
    out.keySet().removeIf(k -> k.startsWith("lifecycle[") || k.equals("createdAt") || k.equals("updatedAt")
        || k.equals("version"));
    return out;
  }

  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (value instanceof List<?>) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        flatten(prefix + "[" + i + "]", items.get(i), out);
      }
    } else if (value instanceof java.math.BigDecimal) {
      out.put(prefix, ((java.math.BigDecimal) value).toPlainString());
    } else {
      out.put(prefix, String.valueOf(value));
    }
  }

  /** Cuts text to a display width, ending a cut text in an ellipsis. */
  private static String cut(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (w + width(cp) > max - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  /** Pads to the cell width. */
  private static String pad(String s) {
    return s + " ".repeat(Math.max(0, CELL - width(s)));
  }

  private static int width(String s) {
    return s.codePoints().map(PrivacySection::width).sum();
  }

  /** East Asian wide characters take two columns. */
  private static int width(int cp) {
    return cp >= 0x1100 && (cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf || cp >= 0xac00 && cp <= 0xd7a3
        || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xff00 && cp <= 0xff60) ? 2 : 1;
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
