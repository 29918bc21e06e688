package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.CrmStores;

/**
 * Loads profiles into a set of stores through the storage SPI, in batches: customers with {@code
 * upsertAll}, interactions with {@code upsertAll}, consent events with {@code appendAll}, and one
 * {@link AuditAction#CREATE} entry per customer (actor {@value #ACTOR}, at the customer's creation
 * time, naming its non-empty fields), each batch inside the stores' transaction hook. Stateless.
 */
public final class DemoLoader {
  /** The actor named in the audit entries. */
  public static final String ACTOR = "crm-demo";
  /** Profiles per batch. */
  public static final int BATCH = 1000;
  private static final RecordComponent[] FIELDS = Customer.class.getRecordComponents();

  private DemoLoader() {}

  /**
   * Loads profiles, which must be new to the stores (customer version 0, unused ids).
   *
   * @param profiles the profiles, consumed in order
   * @param stores where to load them
   * @param alsoTo called with each profile after its batch is stored, such as an export writer
   * @param afterBatch called with the number of profiles loaded so far after each batch
   * @return the counts
   * @throws org.crmkit.core.spi.StaleVersionException if a customer id is already stored
   */
  public static LoadCounts load(Stream<CustomerProfile> profiles, CrmStores stores,
      Consumer<? super CustomerProfile> alsoTo, LongConsumer afterBatch) {
    requireNonNull(profiles, "profiles");
    requireNonNull(stores, "stores");
    requireNonNull(alsoTo, "alsoTo");
    requireNonNull(afterBatch, "afterBatch");
    long[] counts = new long[4];
    List<CustomerProfile> batch = new ArrayList<>(BATCH);
    Iterator<CustomerProfile> it = profiles.iterator();
    while (it.hasNext()) {
      batch.add(it.next());
      if (batch.size() == BATCH || !it.hasNext()) {
        store(batch, stores, counts);
        batch.forEach(alsoTo);
        afterBatch.accept(counts[0]);
        batch.clear();
      }
    }
    return new LoadCounts(counts[0], counts[1], counts[2], counts[3]);
  }

  /**
   * Generates a synthetic base batch by batch, each batch on the common fork-join pool (the
   * profiles of a batch are independent), and loads it in index order like {@link #load(Stream,
   * CrmStores, Consumer, LongConsumer)}. The stored data does not depend on the parallelism.
   *
   * @param base the base to generate
   * @param stores where to load it
   * @param alsoTo called with each profile, in index order, after its batch is stored
   * @param afterBatch called with the number of profiles loaded so far after each batch
   * @return the counts
   */
  public static LoadCounts load(SyntheticCustomerBase base, CrmStores stores,
      Consumer<? super CustomerProfile> alsoTo, LongConsumer afterBatch) {
    requireNonNull(base, "base");
    requireNonNull(stores, "stores");
    requireNonNull(alsoTo, "alsoTo");
    requireNonNull(afterBatch, "afterBatch");
    long[] counts = new long[4];
    for (int from = 0; from < base.size(); from += BATCH) {
      List<CustomerProfile> batch = IntStream.range(from, Math.min(base.size(), from + BATCH))
          .parallel().mapToObj(base::profile).toList();
      store(batch, stores, counts);
      batch.forEach(alsoTo);
      afterBatch.accept(counts[0]);
    }
    return new LoadCounts(counts[0], counts[1], counts[2], counts[3]);
  }

  private static void store(List<CustomerProfile> batch, CrmStores stores, long[] counts) {
    List<Customer> customers = new ArrayList<>(batch.size());
    List<Interaction> interactions = new ArrayList<>();
    List<ConsentEvent> events = new ArrayList<>();
    for (CustomerProfile p : batch) {
      customers.add(p.customer());
      interactions.addAll(p.interactions());
      events.addAll(p.consentEvents());
    }
    stores.transactions().inTransaction(() -> {
      stores.customers().upsertAll(customers);
      stores.interactions().upsertAll(interactions);
      stores.consent().appendAll(events);
      for (Customer c : customers) {
        stores.audit().append(AuditEntry.of(c.createdAt(), ACTOR, AuditAction.CREATE, c.id(), presentFields(c)));
      }
      return null;
    });
    counts[0] += customers.size();
    counts[1] += interactions.size();
    counts[2] += events.size();
    counts[3] += customers.size();
  }

  /** Returns the names of the fields a customer has a value in, as an audit entry lists them. */
  static Set<String> presentFields(Customer c) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent f : FIELDS) {
      Object value;
      try {
        value = f.getAccessor().invoke(c);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read Customer." + f.getName(), e);
      }
      boolean empty = value instanceof Optional<?> && ((Optional<?>) value).isEmpty()
          || value instanceof Collection<?> && ((Collection<?>) value).isEmpty()
          || value instanceof Map<?, ?> && ((Map<?, ?>) value).isEmpty()
          || value instanceof SensitiveData && ((SensitiveData) value).isEmpty();
      if (!empty && !f.getName().equals("version")) {
        names.add(f.getName());
      }
    }
    return names;
  }
}
