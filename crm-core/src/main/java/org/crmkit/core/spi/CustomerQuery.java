package org.crmkit.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.internal.Text;

/**
 * Criteria for finding customers; every criterion given must hold (AND). Immutable; start from
 * {@link #all()} and add criteria with the {@code with} methods. {@code toString()} shows which
 * criteria are set, never their values.
 *
 * <p>{@link #matches} is the reference semantics every store must implement:
 *
 * <ul>
 *   <li>name: a fuzzy substring of the display name or of a contact's name, insensitive to case,
 *       to full/half width (NFKC) and to whitespace — {@code "段 正淳"} finds {@code 段正淳},
 *       {@code "ＡＢＣ"} finds {@code abc Ltd};
 *   <li>phone, e-mail: equal after normalisation, on the customer or one of its contacts;
 *   <li>address: a fuzzy substring of a postal address's full text (region path and street);
 *   <li>region: the customer's region lies in the query region ({@link Region#contains});
 *   <li>industry, type, segment, stage (current), tag, account manager: equal.
 * </ul>
 *
 * @param name fuzzy name fragment
 * @param phone phone number
 * @param email e-mail address
 * @param addressFragment fuzzy address fragment
 * @param region containing region
 * @param industry industry
 * @param type customer type
 * @param segment value segment
 * @param stage current life-cycle stage
 * @param tag tag
 * @param accountManager account manager id
 */
public record CustomerQuery(
    Optional<String> name,
    Optional<PhoneNumber> phone,
    Optional<EmailAddress> email,
    Optional<String> addressFragment,
    Optional<Region> region,
    Optional<Industry> industry,
    Optional<CustomerType> type,
    Optional<ValueSegment> segment,
    Optional<LifecycleStage> stage,
    Optional<String> tag,
    Optional<String> accountManager) {

  private static final CustomerQuery ALL = new CustomerQuery(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates the criteria: text fragments must not be blank after folding.
   *
   * @throws IllegalArgumentException if a name or address fragment is blank
   */
  public CustomerQuery {
    requireNonNull(name, "name");
    requireNonNull(phone, "phone");
    requireNonNull(email, "email");
    requireNonNull(addressFragment, "addressFragment");
    requireNonNull(region, "region");
    requireNonNull(industry, "industry");
    requireNonNull(type, "type");
    requireNonNull(segment, "segment");
    requireNonNull(stage, "stage");
    requireNonNull(tag, "tag");
    requireNonNull(accountManager, "accountManager");
    name.ifPresent(n -> checkArgument(!Text.fold(n).isEmpty(), "name must not be blank but was blank"));
    addressFragment.ifPresent(a -> checkArgument(!Text.fold(a).isEmpty(),
        "addressFragment must not be blank but was blank"));
  }

  /** Returns the query that matches every customer. */
  public static CustomerQuery all() {
    return ALL;
  }

  /** Adds a fuzzy name criterion. @param value the fragment @return the narrower query */
  public CustomerQuery withName(String value) {
    return new CustomerQuery(Optional.of(value), phone, email, addressFragment, region, industry, type, segment, stage, tag, accountManager);
  }

  /** Adds a phone criterion. @param value the number @return the narrower query */
  public CustomerQuery withPhone(PhoneNumber value) {
    return new CustomerQuery(name, Optional.of(value), email, addressFragment, region, industry, type, segment, stage, tag, accountManager);
  }

  /** Adds an e-mail criterion. @param value the address @return the narrower query */
  public CustomerQuery withEmail(EmailAddress value) {
    return new CustomerQuery(name, phone, Optional.of(value), addressFragment, region, industry, type, segment, stage, tag, accountManager);
  }

  /** Adds a fuzzy address criterion. @param value the fragment @return the narrower query */
  public CustomerQuery withAddressFragment(String value) {
    return new CustomerQuery(name, phone, email, Optional.of(value), region, industry, type, segment, stage, tag, accountManager);
  }

  /** Adds a region criterion. @param value the containing region @return the narrower query */
  public CustomerQuery withRegion(Region value) {
    return new CustomerQuery(name, phone, email, addressFragment, Optional.of(value), industry, type, segment, stage, tag, accountManager);
  }

  /** Adds an industry criterion. @param value the industry @return the narrower query */
  public CustomerQuery withIndustry(Industry value) {
    return new CustomerQuery(name, phone, email, addressFragment, region, Optional.of(value), type, segment, stage, tag, accountManager);
  }

  /** Adds a type criterion. @param value the type @return the narrower query */
  public CustomerQuery withType(CustomerType value) {
    return new CustomerQuery(name, phone, email, addressFragment, region, industry, Optional.of(value), segment, stage, tag, accountManager);
  }

  /** Adds a segment criterion. @param value the segment @return the narrower query */
  public CustomerQuery withSegment(ValueSegment value) {
    return new CustomerQuery(name, phone, email, addressFragment, region, industry, type, Optional.of(value), stage, tag, accountManager);
  }

  /** Adds a stage criterion. @param value the current stage @return the narrower query */
  public CustomerQuery withStage(LifecycleStage value) {
    return new CustomerQuery(name, phone, email, addressFragment, region, industry, type, segment, Optional.of(value), tag, accountManager);
  }

  /** Adds a tag criterion. @param value the tag @return the narrower query */
  public CustomerQuery withTag(String value) {
    return new CustomerQuery(name, phone, email, addressFragment, region, industry, type, segment, stage, Optional.of(value), accountManager);
  }

  /** Adds an account-manager criterion. @param value the manager id @return the narrower query */
  public CustomerQuery withAccountManager(String value) {
    return new CustomerQuery(name, phone, email, addressFragment, region, industry, type, segment, stage, tag, Optional.of(value));
  }

  /**
   * Returns whether a customer meets every criterion, by the rules in the class description.
   *
   * @param c the customer
   * @return whether it matches
   */
  public boolean matches(Customer c) {
    requireNonNull(c, "customer");
    return type.map(t -> t == c.type()).orElse(true)
        && segment.map(s -> s == c.segment()).orElse(true)
        && stage.map(s -> s == c.stage()).orElse(true)
        && industry.map(i -> c.industry().equals(Optional.of(i))).orElse(true)
        && accountManager.map(m -> c.accountManager().equals(Optional.of(m))).orElse(true)
        && tag.map(t -> c.tags().contains(Text.clean(t))).orElse(true)
        && region.map(r -> c.region().map(r::contains).orElse(false)).orElse(true)
        && name.map(n -> nameMatches(c, Text.fold(n))).orElse(true)
        && phone.map(p -> allContactPoints(c).anyMatch(p::equals)).orElse(true)
        && email.map(e -> allContactPoints(c).anyMatch(cp -> cp instanceof EmailAddress
            && cp.matchKey().equals(e.matchKey()))).orElse(true)
        && addressFragment.map(a -> addressMatches(c, Text.fold(a))).orElse(true);
  }

  private static boolean nameMatches(Customer c, String folded) {
    return Text.fold(c.displayName()).contains(folded)
        || c.contacts().stream().anyMatch(k -> Text.fold(k.name()).contains(folded));
  }

  private static boolean addressMatches(Customer c, String folded) {
    return allContactPoints(c).anyMatch(cp -> cp instanceof PostalAddress
        && Text.fold(((PostalAddress) cp).toText()).contains(folded));
  }

  private static Stream<ContactPoint> allContactPoints(Customer c) {
    return Stream.concat(c.contactPoints().stream(),
        c.contacts().stream().map(Contact::contactPoints).flatMap(java.util.List::stream));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CustomerQuery[");
    String[] names = {"name", "phone", "email", "addressFragment", "region", "industry", "type",
        "segment", "stage", "tag", "accountManager"};
    Optional<?>[] values = {name, phone, email, addressFragment, region, industry, type, segment,
        stage, tag, accountManager};
    String sep = "";
    for (int i = 0; i < names.length; i++) {
      if (values[i].isPresent()) {
        sb.append(sep).append(names[i]);
        sep = ", ";
      }
    }
    return sb.append(']').toString();
  }
}
