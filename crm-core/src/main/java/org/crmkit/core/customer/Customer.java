package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.internal.Text;

/**
 * A customer (客户) and its profile: identity, contact points, classification, life cycle,
 * ownership, tags, host attributes, optional personal data and the one marked place for
 * sensitive data. Immutable and validated; build one with {@link #builder} and copy with
 * {@link #toBuilder()}. {@code toString()} shows the id, type and version only.
 *
 * <p>Rules: organisations ({@link CustomerType#isOrganisation()}) may have contacts but no birth
 * date or gender; {@code updatedAt} is not before {@code createdAt}; {@code version} is 0 for a
 * customer never stored and is raised by one with each stored write (optimistic concurrency).
 *
 * @param id the stable id
 * @param type individual, enterprise or institution
 * @param displayName the person's or organisation's name, 1..200 characters (identity data)
 * @param contactPoints phones, e-mails and addresses, primary first, without duplicates
 * @param contacts people at an organisation customer
 * @param industry the industry, if classified
 * @param region where the customer is, if known
 * @param segment the value segment
 * @param lifecycle the life-cycle history
 * @param accountManager the id of the assigned account manager (客户经理), if any
 * @param tags free tags, 1..64 characters each, iterated in sorted order
 * @param attributes host-defined typed attributes by key ({@code [a-z][a-z0-9_.-]*}), iterated in key order
 * @param birthDate birth date, individuals only
 * @param gender gender, individuals only
 * @param estimatedIncome estimated yearly income, not negative
 * @param idDocument identity document, if recorded
 * @param sensitive sensitive personal data, {@link SensitiveData#none()} when nothing is recorded
 * @param createdAt when the record was created
 * @param updatedAt when the record last changed
 * @param version the stored version, 0 before the first write
 */
public record Customer(
    CustomerId id,
    CustomerType type,
    String displayName,
    List<ContactPoint> contactPoints,
    List<Contact> contacts,
    Optional<Industry> industry,
    Optional<Region> region,
    ValueSegment segment,
    LifecycleHistory lifecycle,
    Optional<String> accountManager,
    Set<String> tags,
    Map<String, AttributeValue> attributes,
    Optional<LocalDate> birthDate,
    Optional<Gender> gender,
    Optional<Money> estimatedIncome,
    Optional<IdDocument> idDocument,
    SensitiveData sensitive,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
  private static final Pattern MANAGER = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Validates the customer.
   *
   * @throws IllegalArgumentException if any field breaks the rules in the class description
   */
  public Customer {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(displayName, "displayName");
    requireNonNull(industry, "industry");
    requireNonNull(region, "region");
    requireNonNull(segment, "segment");
    requireNonNull(lifecycle, "lifecycle");
    requireNonNull(accountManager, "accountManager");
    requireNonNull(birthDate, "birthDate");
    requireNonNull(gender, "gender");
    requireNonNull(estimatedIncome, "estimatedIncome");
    requireNonNull(idDocument, "idDocument");
    requireNonNull(sensitive, "sensitive");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    displayName = Text.clean(displayName);
    checkArgument(!displayName.isEmpty() && displayName.length() <= 200,
        "displayName must be 1..200 characters but was %s characters", displayName.length());
    contactPoints = List.copyOf(contactPoints);
    checkArgument(contactPoints.stream().map(ContactPoint::matchKey).distinct().count() == contactPoints.size(),
        "contactPoints must not repeat a contact point but customer %s had duplicates", id);
    contacts = List.copyOf(contacts);
    checkArgument(type.isOrganisation() || contacts.isEmpty(),
        "contacts must be empty for an individual but customer %s had %s", id, contacts.size());
    checkArgument(!type.isOrganisation() || (birthDate.isEmpty() && gender.isEmpty()),
        "birthDate and gender must be empty for an organisation but customer %s had them", id);
    accountManager.ifPresent(m -> checkArgument(MANAGER.matcher(m).matches(),
        "accountManager must be 1..64 characters of [A-Za-z0-9._:-] but was '%s'", m));
    tags = copyTags(tags);
    attributes = copyAttributes(attributes);
    estimatedIncome.ifPresent(m -> checkArgument(!m.isNegative(),
        "estimatedIncome must not be negative but customer %s had a negative amount", id));
    checkArgument(!updatedAt.isBefore(createdAt),
        "updatedAt must not be before createdAt but was %s < %s", updatedAt, createdAt);
    checkArgument(version >= 0, "version must be >= 0 but was %s", version);
  }

  private static Set<String> copyTags(Set<String> tags) {
    if (tags.isEmpty()) {
      return ImmutableSet.of(); // shared: most customers have no tags
    }
    SortedSet<String> sorted = new TreeSet<>();
    for (String tag : tags) {
      String cleaned = Text.clean(requireNonNull(tag, "tag"));
      checkArgument(!cleaned.isEmpty() && cleaned.length() <= 64,
          "tag must be 1..64 characters but was %s characters", cleaned.length());
      sorted.add(cleaned);
    }
    // Guava's immutable set keeps the (sorted) insertion order in a flat array: a one-tag set
    // costs 16 bytes where a TreeSet costs over 100. Memory matters: a store holds millions.
    return ImmutableSet.copyOf(sorted);
  }

  private static Map<String, AttributeValue> copyAttributes(Map<String, AttributeValue> attributes) {
    if (attributes.isEmpty()) {
      return ImmutableMap.of();
    }
    SortedMap<String, AttributeValue> sorted = new TreeMap<>();
    attributes.forEach((k, v) -> {
      checkArgument(KEY.matcher(k).matches(),
          "attribute key must match [a-z][a-z0-9_.-]{0,63} but was '%s'", k);
      sorted.put(k, requireNonNull(v, "attribute value"));
    });
    return ImmutableMap.copyOf(sorted); // keeps the sorted order, in far less memory than a TreeMap
  }

  /**
   * Starts a builder with the required fields; the rest default to empty, segment {@link
   * ValueSegment#ORDINARY}, life cycle starting in {@link LifecycleStage#AWARENESS} at {@code
   * createdAt}, {@code updatedAt = createdAt} and version 0.
   *
   * @param id the id
   * @param type the type
   * @param displayName the name
   * @param createdAt when the record is created
   * @return a builder
   */
  public static CustomerBuilder builder(CustomerId id, CustomerType type, String displayName, Instant createdAt) {
    return new CustomerBuilder(id, type, displayName, createdAt);
  }

  /** Returns a builder holding this customer's fields, to make a changed copy. */
  public CustomerBuilder toBuilder() {
    return new CustomerBuilder(this);
  }

  /** Returns the current life-cycle stage. */
  public LifecycleStage stage() {
    return lifecycle.current();
  }

  /** Returns the phone numbers, primary first. */
  public List<PhoneNumber> phones() {
    return contactPoints.stream().filter(PhoneNumber.class::isInstance).map(PhoneNumber.class::cast).toList();
  }

  /** Returns the e-mail addresses, primary first. */
  public List<EmailAddress> emails() {
    return contactPoints.stream().filter(EmailAddress.class::isInstance).map(EmailAddress.class::cast).toList();
  }

  /** Returns the postal addresses, primary first. */
  public List<PostalAddress> addresses() {
    return contactPoints.stream().filter(PostalAddress.class::isInstance).map(PostalAddress.class::cast).toList();
  }

  /**
   * Returns a copy with another version.
   *
   * @param newVersion the version, not negative
   * @return the copy
   */
  public Customer withVersion(long newVersion) {
    return toBuilder().version(newVersion).build();
  }

  @Override
  public String toString() {
    return "Customer[id=" + id + ", type=" + type + ", version=" + version + "]";
  }
}
