package org.crmkit.core.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.internal.Text;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.CustomerQuery;

/**
 * jqwik generators for the storage SPI's values: queries built from a customer's own data and
 * audit entries. Published in crm-core's test-jar next to {@link CrmArbitraries}; stateless,
 * every arbitrary immutable and thread-safe.
 */
public final class SpiArbitraries {
  private static final List<String> FIELDS = List.of("displayName", "contactPoints", "contacts", "tags",
      "segment", "lifecycle", "industry", "region", "attributes.source", "accountManager");

  private SpiArbitraries() {}

  /**
   * Returns queries of one to three criteria, each taken from the customer's own values, so that
   * {@link CustomerQuery#matches} holds for it: a fuzzy name fragment (a piece of its display name
   * or of a contact's name, varied in case, width and whitespace), one of its phones, one of its
   * e-mails (local part in another case), a fuzzy fragment of one of its addresses, its region or
   * a region containing it, its industry, type, segment, current stage, one of its tags (padded
   * with spaces) or its account manager.
   *
   * @param customer the customer whose values the criteria use
   * @return queries that match the customer
   */
  public static Arbitrary<CustomerQuery> queriesMatching(Customer customer) {
    requireNonNull(customer, "customer");
    List<Arbitrary<UnaryOperator<CustomerQuery>>> criteria = criteriaOf(customer);
    return Arbitraries.integers().between(0, criteria.size() - 1).set().ofMinSize(1).ofMaxSize(3)
        .flatMap(chosen -> Combinators.combine(chosen.stream().map(criteria::get).toList())
            .as(fns -> {
              CustomerQuery q = CustomerQuery.all();
              for (UnaryOperator<CustomerQuery> f : fns) {
                q = f.apply(q);
              }
              return q;
            }));
  }

  private static List<Arbitrary<UnaryOperator<CustomerQuery>>> criteriaOf(Customer c) {
    List<Arbitrary<UnaryOperator<CustomerQuery>>> out = new ArrayList<>();
    out.add(Arbitraries.just(q -> q.withType(c.type())));
    out.add(Arbitraries.just(q -> q.withSegment(c.segment())));
    out.add(Arbitraries.just(q -> q.withStage(c.stage())));
    c.industry().ifPresent(i -> out.add(Arbitraries.just(q -> q.withIndustry(i))));
    c.accountManager().ifPresent(m -> out.add(Arbitraries.just(q -> q.withAccountManager(m))));
    if (!c.tags().isEmpty()) {
      out.add(Combinators.combine(Arbitraries.of(c.tags()), Arbitraries.of("", " ", "  "))
          .as((t, pad) -> q -> q.withTag(pad + t + pad)));
    }
    c.region().ifPresent(r -> out.add(Arbitraries.integers().between(1, r.depth())
        .map(depth -> q -> q.withRegion(ancestor(r, depth)))));
    List<String> names = new ArrayList<>();
    names.add(c.displayName());
    c.contacts().stream().map(Contact::name).forEach(names::add);
    out.add(Arbitraries.of(names).flatMap(SpiArbitraries::fuzzyFragmentsOf).map(f -> q -> q.withName(f)));
    List<ContactPoint> points = new ArrayList<>(c.contactPoints());
    c.contacts().forEach(k -> points.addAll(k.contactPoints()));
    List<PhoneNumber> phones = points.stream().filter(PhoneNumber.class::isInstance).map(PhoneNumber.class::cast).toList();
    if (!phones.isEmpty()) {
      out.add(Arbitraries.of(phones).map(p -> q -> q.withPhone(p)));
    }
    List<EmailAddress> emails = points.stream().filter(EmailAddress.class::isInstance).map(EmailAddress.class::cast).toList();
    if (!emails.isEmpty()) {
      out.add(Arbitraries.of(emails).map(e -> q -> q.withEmail(
          new EmailAddress(e.localPart().toUpperCase(Locale.ROOT) + "@" + e.domain()))));
    }
    List<PostalAddress> addresses = points.stream().filter(PostalAddress.class::isInstance).map(PostalAddress.class::cast).toList();
    if (!addresses.isEmpty()) {
      out.add(Arbitraries.of(addresses).flatMap(a -> fuzzyFragmentsOf(a.toText())).map(f -> q -> q.withAddressFragment(f)));
    }
    return out;
  }

  private static Region ancestor(Region r, int depth) {
    return new Region(r.countryCode(), depth >= 2 ? r.province() : Optional.empty(),
        depth >= 3 ? r.city() : Optional.empty());
  }

  /**
   * Returns non-blank pieces of a text's fuzzy-match key, varied by {@link
   * CrmArbitraries#fuzzyVariantsOf}: every piece is found in the text by a fuzzy match.
   *
   * @param text a non-blank text, such as a name or an address
   * @return the fragments
   */
  public static Arbitrary<String> fuzzyFragmentsOf(String text) {
    int[] folded = Text.fold(requireNonNull(text, "text")).codePoints().toArray();
    if (folded.length == 0) {
      throw new IllegalArgumentException("text must not be blank but was blank");
    }
    return Arbitraries.integers().between(0, folded.length - 1).flatMap(start ->
        Arbitraries.integers().between(start + 1, folded.length).flatMap(end ->
            CrmArbitraries.fuzzyVariantsOf(new String(folded, start, end - start))));
  }

  /**
   * Returns audit entries (sequence 0, to be appended) about the given customers: every action,
   * changed field names from a fixed list, and for merges a related customer from the list (another
   * one when the list has two or more).
   *
   * @param customers the customers entries may be about, not empty
   * @return the entries
   */
  public static Arbitrary<AuditEntry> auditEntries(List<CustomerId> customers) {
    List<CustomerId> ids = List.copyOf(customers);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("customers must not be empty but was empty");
    }
    Arbitrary<Set<String>> fields = Arbitraries.of(FIELDS).set().ofMaxSize(4);
    return Combinators.combine(CrmArbitraries.instants(), Arbitraries.of("am-001", "self", "system:dedup", "ops@crm"),
            Arbitraries.of(AuditAction.class), Arbitraries.integers().between(0, ids.size() - 1),
            Arbitraries.integers().between(1, Math.max(1, ids.size() - 1)), fields)
        .as((at, actor, action, who, offset, changed) -> {
          CustomerId subject = ids.get(who);
          Optional<CustomerId> related = action == AuditAction.MERGE
              ? Optional.of(ids.get((who + offset) % ids.size())) : Optional.empty();
          return new AuditEntry(0, at, actor, action, subject, changed, related);
        });
  }
}
