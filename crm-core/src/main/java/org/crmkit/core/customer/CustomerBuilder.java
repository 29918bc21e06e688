package org.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/**
 * Builds a {@link Customer}; obtain one from {@link Customer#builder} or {@link
 * Customer#toBuilder()}. Validation happens in {@link #build()}. Not thread-safe.
 */
public final class CustomerBuilder {
  private CustomerId id;
  private CustomerType type;
  private String displayName;
  private List<ContactPoint> contactPoints = new ArrayList<>();
  private List<Contact> contacts = new ArrayList<>();
  private Optional<Industry> industry = Optional.empty();
  private Optional<Region> region = Optional.empty();
  private ValueSegment segment = ValueSegment.ORDINARY;
  private LifecycleHistory lifecycle;
  private Optional<String> accountManager = Optional.empty();
  private Set<String> tags = new TreeSet<>();
  private Map<String, AttributeValue> attributes = new TreeMap<>();
  private Optional<LocalDate> birthDate = Optional.empty();
  private Optional<Gender> gender = Optional.empty();
  private Optional<Money> estimatedIncome = Optional.empty();
  private Optional<IdDocument> idDocument = Optional.empty();
  private SensitiveData sensitive = SensitiveData.none();
  private Instant createdAt;
  private Instant updatedAt;
  private long version;

  CustomerBuilder(CustomerId id, CustomerType type, String displayName, Instant createdAt) {
    this.id = requireNonNull(id, "id");
    this.type = requireNonNull(type, "type");
    this.displayName = requireNonNull(displayName, "displayName");
    this.createdAt = requireNonNull(createdAt, "createdAt");
    this.updatedAt = createdAt;
    this.lifecycle = LifecycleHistory.startingAt(LifecycleStage.AWARENESS, createdAt);
  }

  CustomerBuilder(Customer c) {
    id = c.id();
    type = c.type();
    displayName = c.displayName();
    contactPoints = new ArrayList<>(c.contactPoints());
    contacts = new ArrayList<>(c.contacts());
    industry = c.industry();
    region = c.region();
    segment = c.segment();
    lifecycle = c.lifecycle();
    accountManager = c.accountManager();
    tags = new TreeSet<>(c.tags());
    attributes = new TreeMap<>(c.attributes());
    birthDate = c.birthDate();
    gender = c.gender();
    estimatedIncome = c.estimatedIncome();
    idDocument = c.idDocument();
    sensitive = c.sensitive();
    createdAt = c.createdAt();
    updatedAt = c.updatedAt();
    version = c.version();
  }

  /** Sets the id. @param value the id @return this builder */
  public CustomerBuilder id(CustomerId value) {
    id = requireNonNull(value, "id");
    return this;
  }

  /** Sets the type. @param value the type @return this builder */
  public CustomerBuilder type(CustomerType value) {
    type = requireNonNull(value, "type");
    return this;
  }

  /** Sets the display name. @param value the name @return this builder */
  public CustomerBuilder displayName(String value) {
    displayName = requireNonNull(value, "displayName");
    return this;
  }

  /** Replaces the contact points. @param values primary first @return this builder */
  public CustomerBuilder contactPoints(List<? extends ContactPoint> values) {
    contactPoints = new ArrayList<>(values);
    return this;
  }

  /** Adds a contact point. @param value the contact point @return this builder */
  public CustomerBuilder addContactPoint(ContactPoint value) {
    contactPoints.add(requireNonNull(value, "contactPoint"));
    return this;
  }

  /** Replaces the contacts. @param values the contacts @return this builder */
  public CustomerBuilder contacts(List<Contact> values) {
    contacts = new ArrayList<>(values);
    return this;
  }

  /** Adds a contact. @param value the contact @return this builder */
  public CustomerBuilder addContact(Contact value) {
    contacts.add(requireNonNull(value, "contact"));
    return this;
  }

  /** Sets the industry. @param value the industry @return this builder */
  public CustomerBuilder industry(Industry value) {
    industry = Optional.of(value);
    return this;
  }

  /** Sets or clears the industry. @param value the industry @return this builder */
  public CustomerBuilder industry(Optional<Industry> value) {
    industry = requireNonNull(value, "industry");
    return this;
  }

  /** Sets the region. @param value the region @return this builder */
  public CustomerBuilder region(Region value) {
    region = Optional.of(value);
    return this;
  }

  /** Sets or clears the region. @param value the region @return this builder */
  public CustomerBuilder region(Optional<Region> value) {
    region = requireNonNull(value, "region");
    return this;
  }

  /** Sets the value segment. @param value the segment @return this builder */
  public CustomerBuilder segment(ValueSegment value) {
    segment = requireNonNull(value, "segment");
    return this;
  }

  /** Sets the life-cycle history. @param value the history @return this builder */
  public CustomerBuilder lifecycle(LifecycleHistory value) {
    lifecycle = requireNonNull(value, "lifecycle");
    return this;
  }

  /** Sets the account manager id. @param value the id @return this builder */
  public CustomerBuilder accountManager(String value) {
    accountManager = Optional.of(value);
    return this;
  }

  /** Sets or clears the account manager id. @param value the id @return this builder */
  public CustomerBuilder accountManager(Optional<String> value) {
    accountManager = requireNonNull(value, "accountManager");
    return this;
  }

  /** Replaces the tags. @param values the tags @return this builder */
  public CustomerBuilder tags(Set<String> values) {
    tags = new TreeSet<>(values);
    return this;
  }

  /** Adds a tag. @param value the tag @return this builder */
  public CustomerBuilder addTag(String value) {
    tags.add(requireNonNull(value, "tag"));
    return this;
  }

  /** Replaces the attributes. @param values the attributes @return this builder */
  public CustomerBuilder attributes(Map<String, AttributeValue> values) {
    attributes = new TreeMap<>(values);
    return this;
  }

  /** Sets one attribute. @param key the key @param value the value @return this builder */
  public CustomerBuilder attribute(String key, AttributeValue value) {
    attributes.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return this;
  }

  /** Sets or clears the birth date. @param value the date @return this builder */
  public CustomerBuilder birthDate(Optional<LocalDate> value) {
    birthDate = requireNonNull(value, "birthDate");
    return this;
  }

  /** Sets or clears the gender. @param value the gender @return this builder */
  public CustomerBuilder gender(Optional<Gender> value) {
    gender = requireNonNull(value, "gender");
    return this;
  }

  /** Sets or clears the estimated yearly income. @param value the income @return this builder */
  public CustomerBuilder estimatedIncome(Optional<Money> value) {
    estimatedIncome = requireNonNull(value, "estimatedIncome");
    return this;
  }

  /** Sets or clears the identity document. @param value the document @return this builder */
  public CustomerBuilder idDocument(Optional<IdDocument> value) {
    idDocument = requireNonNull(value, "idDocument");
    return this;
  }

  /** Sets the sensitive data. @param value the data @return this builder */
  public CustomerBuilder sensitive(SensitiveData value) {
    sensitive = requireNonNull(value, "sensitive");
    return this;
  }

  /** Sets the creation time. @param value the time @return this builder */
  public CustomerBuilder createdAt(Instant value) {
    createdAt = requireNonNull(value, "createdAt");
    return this;
  }

  /** Sets the last update time. @param value the time @return this builder */
  public CustomerBuilder updatedAt(Instant value) {
    updatedAt = requireNonNull(value, "updatedAt");
    return this;
  }

  /** Sets the version. @param value the version @return this builder */
  public CustomerBuilder version(long value) {
    version = value;
    return this;
  }

  /**
   * Builds the customer.
   *
   * @return the customer
   * @throws IllegalArgumentException if the fields break the rules of {@link Customer}
   */
  public Customer build() {
    return new Customer(id, type, displayName, contactPoints, contacts, industry, region, segment,
        lifecycle, accountManager, tags, attributes, birthDate, gender, estimatedIncome, idDocument,
        sensitive, createdAt, updatedAt, version);
  }
}
