package org.crmkit.core.dedup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerBuilder;
import org.crmkit.core.customer.SensitiveData;

/**
 * Combines two records of the same customer into one, losing nothing the survivor lacks. Pure and
 * thread-safe.
 *
 * <p>Rules: the survivor keeps its id, type, name, segment, life cycle and version, and its value
 * wins wherever both have one. What the survivor lacks is taken from the loser: industry, region,
 * account manager, birth date, gender, income, identity document, each sensitive item, and
 * attributes under keys the survivor does not use. Contact points, contacts and tags are united
 * (survivor's first, then the loser's that are new). {@code createdAt} becomes the earlier of the
 * two, since the relationship is as old as its oldest record.
 */
public final class CustomerMerger {
  private CustomerMerger() {}

  /**
   * Merges a loser into a survivor.
   *
   * @param survivor the record that stays
   * @param loser the record that goes
   * @param at the time of the merge, which becomes {@code updatedAt}; not before either record's creation
   * @return the merged customer, with the survivor's id and version
   * @throws IllegalArgumentException if both have the same id or the types differ
   */
  public static Customer merge(Customer survivor, Customer loser, Instant at) {
    requireNonNull(survivor, "survivor");
    requireNonNull(loser, "loser");
    requireNonNull(at, "at");
    checkArgument(!survivor.id().equals(loser.id()), "loser must differ from survivor but both were %s", survivor.id());
    checkArgument(survivor.type() == loser.type(),
        "loser type must be %s like the survivor's but was %s", survivor.type(), loser.type());
    CustomerBuilder b = survivor.toBuilder();
    b.contactPoints(unite(survivor.contactPoints(), loser.contactPoints()));
    b.contacts(new ArrayList<>(new LinkedHashSet<Contact>(concat(survivor.contacts(), loser.contacts()))));
    b.industry(or(survivor.industry(), loser.industry()));
    b.region(or(survivor.region(), loser.region()));
    b.accountManager(or(survivor.accountManager(), loser.accountManager()));
    Set<String> tags = new TreeSet<>(survivor.tags());
    tags.addAll(loser.tags());
    b.tags(tags);
    TreeMap<String, org.crmkit.core.customer.AttributeValue> attributes = new TreeMap<>(loser.attributes());
    attributes.putAll(survivor.attributes());
    b.attributes(attributes);
    b.birthDate(or(survivor.birthDate(), loser.birthDate()));
    b.gender(or(survivor.gender(), loser.gender()));
    b.estimatedIncome(or(survivor.estimatedIncome(), loser.estimatedIncome()));
    b.idDocument(or(survivor.idDocument(), loser.idDocument()));
    b.sensitive(merge(survivor.sensitive(), loser.sensitive()));
    Instant created = survivor.createdAt().isBefore(loser.createdAt()) ? survivor.createdAt() : loser.createdAt();
    b.createdAt(created);
    Instant updated = at;
    for (Instant t : List.of(survivor.updatedAt(), loser.updatedAt())) {
      if (t.isAfter(updated)) {
        updated = t;
      }
    }
    b.updatedAt(updated);
    return b.build();
  }

  private static SensitiveData merge(SensitiveData s, SensitiveData l) {
    TreeMap<String, String> other = new TreeMap<>(l.other());
    other.putAll(s.other());
    return new SensitiveData(or(s.ethnicity(), l.ethnicity()), or(s.religion(), l.religion()),
        or(s.healthNotes(), l.healthNotes()), other);
  }

  private static List<ContactPoint> unite(List<ContactPoint> first, List<ContactPoint> second) {
    List<ContactPoint> out = new ArrayList<>(first);
    Set<String> keys = new java.util.HashSet<>();
    first.forEach(cp -> keys.add(cp.matchKey()));
    for (ContactPoint cp : second) {
      if (keys.add(cp.matchKey())) {
        out.add(cp);
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static <T> Optional<T> or(Optional<T> preferred, Optional<T> fallback) {
    return preferred.isPresent() ? preferred : fallback;
  }
}
