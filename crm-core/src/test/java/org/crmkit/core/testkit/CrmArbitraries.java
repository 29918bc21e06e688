package org.crmkit.core.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple.Tuple2;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.profile.CustomerProfile;

/**
 * jqwik generators for every crm-core model type, for property tests in crmkit and in host
 * applications (published in crm-core's test-jar). Use them from a provider method:
 *
 * <pre>{@code
 * @Provide Arbitrary<Customer> customers() { return CrmArbitraries.customers(); }
 *
 * @Property void myLaw(@ForAll("customers") Customer c) { ... }
 * }</pre>
 *
 * <p>Every generated value is valid (it passed its type's constructor) and realistic: Chinese
 * names (surname and one or two given characters) and Latin names, Chinese mobiles and landlines
 * and international numbers, Chinese and foreign regions and addresses, resident id numbers with a
 * correct check character. Instants lie in {@link #WINDOW_START}..{@link #WINDOW_END} (UTC) and
 * have millisecond precision, so that they survive a round trip through SQL timestamps. Customer
 * ids are mostly {@code c-} plus lower-case letters and digits, sometimes any of the 64 allowed
 * characters in mixed case — a test that storage orders ids as {@link String#compareTo} does
 * (a database collation may not). Generated lists of customers or interactions may repeat an id:
 * add {@code .uniqueElements(Customer::id)} where a test needs distinct ids.
 *
 * <p>Generators for the storage SPI's values (queries that match a given customer, audit
 * entries) are in {@link SpiArbitraries}.
 *
 * <p>All randomness comes from jqwik, so runs are reproducible with jqwik's seed. Every method
 * returns a new arbitrary; arbitraries are immutable and thread-safe. This class has no state.
 */
public final class CrmArbitraries {
  /** The earliest generated instant: 2015-01-01T00:00:00Z. */
  public static final Instant WINDOW_START = Instant.parse("2015-01-01T00:00:00Z");
  /** The latest generated instant: 2030-12-31T23:59:59.999Z. */
  public static final Instant WINDOW_END = Instant.parse("2030-12-31T23:59:59.999Z");

  private CrmArbitraries() {}

  /** Returns instants in the window, millisecond precision. */
  public static Arbitrary<Instant> instants() {
    return TextArbitraries.instantsBetween(WINDOW_START, WINDOW_END);
  }

  /** Returns customer ids (see the class description for their alphabet). */
  public static Arbitrary<CustomerId> customerIds() {
    return CustomerArbitraries.customerIds();
  }

  /** Returns Chinese personal names: a surname (single or compound) and one or two given characters. */
  public static Arbitrary<String> chineseNames() {
    return TextArbitraries.chineseNames();
  }

  /** Returns Latin "First Last" names, some with accents or apostrophes. */
  public static Arbitrary<String> latinNames() {
    return TextArbitraries.latinNames();
  }

  /** Returns Chinese and Latin personal names, half each. */
  public static Arbitrary<String> personNames() {
    return TextArbitraries.personNames();
  }

  /**
   * Returns texts that fuzzy matching must treat as {@code text}: ASCII letters in either case,
   * printable ASCII sometimes in full-width form, and spaces, tabs or ideographic spaces inserted.
   *
   * @param text the text to vary
   * @return variants whose folded key (case, width and whitespace removed) equals the text's
   */
  public static Arbitrary<String> fuzzyVariantsOf(String text) {
    return TextArbitraries.fuzzyVariantsOf(requireNonNull(text, "text"));
  }

  /** Returns Chinese mobile numbers, {@code +86 1[3-9]} and nine digits. */
  public static Arbitrary<PhoneNumber> chineseMobiles() {
    return ContactArbitraries.chineseMobiles();
  }

  /** Returns Chinese landline numbers with a two- or three-digit area code (Beijing's 10 included). */
  public static Arbitrary<PhoneNumber> chineseLandlines() {
    return ContactArbitraries.chineseLandlines();
  }

  /** Returns non-Chinese numbers of ten countries (+1, +44, +49, +81, +65, +852, +61, +33, +7, +91). */
  public static Arbitrary<PhoneNumber> internationalPhones() {
    return ContactArbitraries.internationalPhones();
  }

  /** Returns valid phone numbers: mostly Chinese mobiles, also landlines and international ones. */
  public static Arbitrary<PhoneNumber> phones() {
    return ContactArbitraries.phones();
  }

  /**
   * Returns Chinese phone numbers as people type them — with or without {@code +86} or {@code
   * 0086}, with spaces, hyphens, dots or parentheses, landlines with their trunk {@code 0} — each
   * paired with the number {@link PhoneNumber#parse} must read from it.
   *
   * @return pairs of (raw text, expected number)
   */
  public static Arbitrary<Tuple2<String, PhoneNumber>> rawChinesePhoneTexts() {
    return ContactArbitraries.rawChinesePhoneTexts();
  }

  /** Returns {@link #rawChinesePhoneTexts()} plus international numbers typed with + or 00. */
  public static Arbitrary<Tuple2<String, PhoneNumber>> rawPhoneTexts() {
    return ContactArbitraries.rawPhoneTexts();
  }

  /** Returns e-mail addresses, local parts in mixed case, common and random domains. */
  public static Arbitrary<EmailAddress> emails() {
    return ContactArbitraries.emails();
  }

  /** Returns e-mails as typed (padded with whitespace, domain upper case) with the address meant. */
  public static Arbitrary<Tuple2<String, EmailAddress>> rawEmailTexts() {
    return ContactArbitraries.rawEmailTexts();
  }

  /** Returns regions at country, province and city depth, Chinese (pinyin and 汉字) and foreign. */
  public static Arbitrary<Region> regions() {
    return ContactArbitraries.regions();
  }

  /** Returns postal addresses: Chinese streets in 汉字 with six-digit codes, foreign ones in Latin. */
  public static Arbitrary<PostalAddress> postalAddresses() {
    return ContactArbitraries.postalAddresses();
  }

  /** Returns contact points: phones, e-mails and postal addresses (3 : 2 : 1). */
  public static Arbitrary<ContactPoint> contactPoints() {
    return ContactArbitraries.contactPoints();
  }

  /** Returns contacts (people at organisations) with titles, departments and contact points. */
  public static Arbitrary<Contact> contacts() {
    return ContactArbitraries.contacts();
  }

  /** Returns industries: predefined (four in five) and custom codes. */
  public static Arbitrary<Industry> industries() {
    return CustomerArbitraries.industries();
  }

  /** Returns attribute values of all four kinds: text, decimal, flag and date. */
  public static Arbitrary<AttributeValue> attributeValues() {
    return CustomerArbitraries.attributeValues();
  }

  /** Returns sensitive data: {@link SensitiveData#none()} half the time, otherwise some items. */
  public static Arbitrary<SensitiveData> sensitiveData() {
    return CustomerArbitraries.sensitiveData();
  }

  /** Returns Chinese resident id numbers (GB 11643) with a correct ISO 7064 MOD 11-2 check character. */
  public static Arbitrary<IdDocument> cnResidentIds() {
    return ContactArbitraries.cnResidentIds();
  }

  /** Returns id documents of every kind: resident ids, passports, business licences, others. */
  public static Arbitrary<IdDocument> idDocuments() {
    return ContactArbitraries.idDocuments();
  }

  /** Returns life-cycle histories of up to six entries: allowed moves only, times not decreasing. */
  public static Arbitrary<LifecycleHistory> lifecycleHistories() {
    return CustomerArbitraries.lifecycleHistories();
  }

  /** Returns money in CNY (mostly), USD, EUR, HKD or JPY, any sign, at the currency's scale. */
  public static Arbitrary<Money> money() {
    return CustomerArbitraries.money();
  }

  /** Returns money that is not negative. */
  public static Arbitrary<Money> nonNegativeMoney() {
    return CustomerArbitraries.nonNegativeMoney();
  }

  /**
   * Returns never-stored customers (version 0) of all three types (individual 6 : enterprise 3 :
   * institution 1) that respect {@link Customer}'s rules: only organisations have contacts, only
   * individuals have a birth date, gender or sensitive data; the life cycle starts at {@code
   * createdAt} and {@code updatedAt} is not before its last entry.
   */
  public static Arbitrary<Customer> customers() {
    return CustomerArbitraries.customers();
  }

  /**
   * Returns never-stored customers of one type.
   *
   * @param type the type
   * @return customers of that type, version 0
   */
  public static Arbitrary<Customer> customers(CustomerType type) {
    return CustomerArbitraries.customers(requireNonNull(type, "type"));
  }

  /** Returns customers as {@link #customers()} but with any version in 0..1,000,000. */
  public static Arbitrary<Customer> customersWithAnyVersion() {
    return CustomerArbitraries.customersWithAnyVersion();
  }

  /** Returns interaction ids. */
  public static Arbitrary<InteractionId> interactionIds() {
    return InteractionArbitraries.interactionIds();
  }

  /**
   * Returns interactions of every kind for a customer.
   *
   * @param customerId the customer they belong to
   * @return interactions, all kinds equally likely
   */
  public static Arbitrary<Interaction> interactions(CustomerId customerId) {
    return InteractionArbitraries.interactions(requireNonNull(customerId, "customerId"));
  }

  /**
   * Returns interactions of one kind for a customer.
   *
   * @param kind the kind
   * @param customerId the customer
   * @return interactions of that kind
   */
  public static Arbitrary<Interaction> interactions(InteractionKind kind, CustomerId customerId) {
    return InteractionArbitraries.interactions(requireNonNull(kind, "kind"), requireNonNull(customerId, "customerId"));
  }

  /** Returns interactions of every kind for random customers. */
  public static Arbitrary<Interaction> interactions() {
    return customerIds().flatMap(InteractionArbitraries::interactions);
  }

  /**
   * Returns consent events for a customer: every purpose (predefined mostly, some host purposes),
   * every status, an expiry only on some grants, named recipients sometimes (mostly for
   * third-party disclosure), recorded 0..30 days after taking effect.
   *
   * @param customerId the customer
   * @return the events
   */
  public static Arbitrary<ConsentEvent> consentEvents(CustomerId customerId) {
    return InteractionArbitraries.consentEvents(requireNonNull(customerId, "customerId"));
  }

  /** Returns consent events for random customers. */
  public static Arbitrary<ConsentEvent> consentEvents() {
    return customerIds().flatMap(InteractionArbitraries::consentEvents);
  }

  /**
   * Returns whole customer files: a customer with up to eight interactions and six consent
   * events, all with its id and with distinct interaction and event ids.
   */
  public static Arbitrary<CustomerProfile> customerProfiles() {
    return customers().flatMap(c -> Combinators.combine(
            interactions(c.id()).list().ofMaxSize(8).uniqueElements(Interaction::id),
            consentEvents(c.id()).list().ofMaxSize(6).uniqueElements(ConsentEvent::eventId))
        .as((List<Interaction> is, List<ConsentEvent> es) -> new CustomerProfile(c, is, es)));
  }

  /**
   * Returns lists of customers with distinct ids, for loading a store.
   *
   * @param maxSize the most customers
   * @return the lists, possibly empty
   */
  public static Arbitrary<List<Customer>> distinctCustomers(int maxSize) {
    return customers().list().ofMaxSize(maxSize).uniqueElements(Customer::id);
  }
}
