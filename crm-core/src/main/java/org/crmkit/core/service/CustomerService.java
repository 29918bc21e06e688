package org.crmkit.core.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.dedup.CustomerMerger;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.AuditLog;
import org.crmkit.core.spi.ConsentStore;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.spi.CustomerStore;
import org.crmkit.core.spi.InteractionStore;
import org.crmkit.core.spi.StaleVersionException;
import org.crmkit.core.spi.TransactionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audited customer operations over the storage SPI: every create, update, merge and delete
 * appends an {@link AuditEntry} (actor, time, customer id, names of the changed fields — never
 * values) to the operation log (操作日志, seed 002). Operations that touch several stores run
 * inside the {@link TransactionHook}. Time comes from the injected {@link Clock}.
 *
 * <p>Thread-safe if the stores are. Concurrent changes to one customer are serialised by the
 * stores' optimistic versions: {@link #update(Customer, String)} fails with {@link
 * StaleVersionException} on a stale copy, {@link #update(CustomerId, UnaryOperator, String)}
 * re-reads and retries.
 */
public final class CustomerService {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);
  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._:@/-]{1,64}");
  /** How often {@link #update(CustomerId, UnaryOperator, String)} retries on a stale version. */
  public static final int MAX_ATTEMPTS = 8;

  private final CustomerStore customers;
  private final InteractionStore interactions;
  private final ConsentStore consent;
  private final AuditLog audit;
  private final TransactionHook transactions;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param customers the customer store
   * @param interactions the interaction store
   * @param consent the consent store
   * @param audit the operation log
   * @param transactions the transaction hook ({@link TransactionHook#none()} for in-memory stores)
   * @param clock the clock that stamps {@code updatedAt} and audit entries
   */
  public CustomerService(CustomerStore customers, InteractionStore interactions, ConsentStore consent,
      AuditLog audit, TransactionHook transactions, Clock clock) {
    this.customers = requireNonNull(customers, "customers");
    this.interactions = requireNonNull(interactions, "interactions");
    this.consent = requireNonNull(consent, "consent");
    this.audit = requireNonNull(audit, "audit");
    this.transactions = requireNonNull(transactions, "transactions");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Creates the service over a set of stores.
   *
   * @param stores the stores and their transaction hook, for example {@code InMemoryStores.create()}
   * @param clock the clock that stamps {@code updatedAt} and audit entries
   * @return the service
   */
  public static CustomerService over(CrmStores stores, Clock clock) {
    requireNonNull(stores, "stores");
    return new CustomerService(stores.customers(), stores.interactions(), stores.consent(),
        stores.audit(), stores.transactions(), clock);
  }

  /**
   * Stores a new customer and logs a {@link AuditAction#CREATE} naming its non-empty fields.
   *
   * @param customer the customer, version 0; {@code updatedAt} is set to now (or {@code createdAt}
   *     if that is later)
   * @param actor who creates it
   * @return the stored customer (version 1)
   * @throws IllegalArgumentException if the version is not 0 or the actor is malformed
   * @throws StaleVersionException if the id is taken
   */
  public Customer create(Customer customer, String actor) {
    requireNonNull(customer, "customer");
    checkActor(actor);
    checkArgument(customer.version() == 0, "customer version must be 0 to create but was %s", customer.version());
    return transactions.inTransaction(() -> {
      Instant now = clock.instant();
      Customer stamped = customer.toBuilder().updatedAt(later(now, customer.createdAt())).build();
      Customer stored = customers.upsert(stamped);
      audit.append(AuditEntry.of(now, actor, AuditAction.CREATE, stored.id(), ChangedFields.between(null, stored)));
      LOG.debug("created customer {}", stored.id());
      return stored;
    });
  }

  /**
   * Writes a changed copy of a stored customer and logs an {@link AuditAction#UPDATE} naming the
   * changed fields. A copy equal to the stored one (apart from {@code updatedAt}) writes and logs
   * nothing.
   *
   * @param customer the changed customer, with the version it was read at
   * @param actor who changes it
   * @return the stored customer
   * @throws CustomerNotFoundException if it is not stored
   * @throws StaleVersionException if it was changed since it was read; nothing was written
   */
  public Customer update(Customer customer, String actor) {
    requireNonNull(customer, "customer");
    checkActor(actor);
    return transactions.inTransaction(() -> {
      Customer stored = customers.findById(customer.id()).orElseThrow(() -> new CustomerNotFoundException(customer.id()));
      if (stored.version() != customer.version()) {
        throw new StaleVersionException(customer.id().value(), customer.version(), stored.version());
      }
      Set<String> changed = ChangedFields.between(stored, customer);
      if (changed.isEmpty()) {
        return stored;
      }
      Instant now = clock.instant();
      Customer written = customers.upsert(customer.toBuilder().updatedAt(later(now, customer.createdAt())).build());
      audit.append(AuditEntry.of(now, actor, AuditAction.UPDATE, written.id(), changed));
      return written;
    });
  }

  /**
   * Reads a customer, applies a change and writes it, re-reading and retrying up to {@value
   * #MAX_ATTEMPTS} times when another writer got there first.
   *
   * @param id the customer
   * @param change the change; called again on each retry with the fresh record
   * @param actor who changes it
   * @return the stored customer
   * @throws CustomerNotFoundException if it is not stored
   * @throws StaleVersionException if every attempt met a concurrent change
   */
  public Customer update(CustomerId id, UnaryOperator<Customer> change, String actor) {
    requireNonNull(id, "id");
    requireNonNull(change, "change");
    checkActor(actor);
    StaleVersionException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Customer current = customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id));
      Customer changed = requireNonNull(change.apply(current), "change result");
      checkArgument(changed.id().equals(id), "change must keep the id %s but returned %s", id, changed.id());
      try {
        return update(changed.withVersion(current.version()), actor);
      } catch (StaleVersionException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * Deletes a customer and its interactions and logs an {@link AuditAction#DELETE}. Its consent
   * events stay: the ledger is append-only evidence of what the customer agreed to.
   *
   * @param id the customer
   * @param expectedVersion the version the caller read
   * @param actor who deletes it
   * @return true if deleted, false if it did not exist (nothing is logged then)
   * @throws StaleVersionException if it exists with another version; nothing was deleted
   */
  public boolean delete(CustomerId id, long expectedVersion, String actor) {
    requireNonNull(id, "id");
    checkActor(actor);
    return transactions.inTransaction(() -> {
      Optional<Customer> stored = customers.findById(id);
      if (stored.isEmpty()) {
        return false;
      }
      if (stored.get().version() != expectedVersion) {
        throw new StaleVersionException(id.value(), expectedVersion, stored.get().version());
      }
      int removed = interactions.deleteByCustomer(id);
      boolean deleted = customers.delete(id, expectedVersion);
      if (deleted) {
        audit.append(AuditEntry.of(clock.instant(), actor, AuditAction.DELETE, id, Set.of("interactions")));
        LOG.debug("deleted customer {} with {} interactions", id, removed);
      }
      return deleted;
    });
  }

  /**
   * Merges a duplicate into a survivor: combines the records ({@link CustomerMerger}), moves the
   * loser's interactions, copies its consent events into the survivor's ledger (under derived ids,
   * so a repeated merge copies nothing twice; the originals stay, the ledger is append-only),
   * deletes the loser and logs one {@link AuditAction#MERGE} on the survivor with the loser as
   * related customer.
   *
   * @param survivorId the customer that stays
   * @param loserId the customer that goes
   * @param actor who merges
   * @return what the merge did
   * @throws CustomerNotFoundException if either is not stored
   * @throws IllegalArgumentException if the ids are equal or the types differ
   * @throws StaleVersionException if either changed during the merge
   */
  public MergeResult merge(CustomerId survivorId, CustomerId loserId, String actor) {
    requireNonNull(survivorId, "survivorId");
    requireNonNull(loserId, "loserId");
    checkActor(actor);
    checkArgument(!survivorId.equals(loserId), "loserId must differ from survivorId but both were %s", survivorId);
    return transactions.inTransaction(() -> {
      Customer survivor = customers.findById(survivorId).orElseThrow(() -> new CustomerNotFoundException(survivorId));
      Customer loser = customers.findById(loserId).orElseThrow(() -> new CustomerNotFoundException(loserId));
      Instant now = clock.instant();
      Customer merged = CustomerMerger.merge(survivor, loser, now);
      Set<String> changed = ChangedFields.between(survivor, merged);
      Customer stored = customers.upsert(merged);
      int moved = interactions.reassign(loserId, survivorId);
      List<ConsentEvent> copies = consent.history(loserId).stream()
          .map(e -> e.copyFor(copiedEventId(e.eventId(), survivorId), survivorId))
          .toList();
      consent.appendAll(copies);
      customers.delete(loserId, loser.version());
      audit.append(new AuditEntry(0, now, actor, AuditAction.MERGE, survivorId, changed, Optional.of(loserId)));
      LOG.debug("merged customer {} into {}: {} interactions, {} consent events", loserId, survivorId, moved, copies.size());
      return new MergeResult(stored, loserId, changed, moved, copies.size());
    });
  }

  /** A deterministic id for a copied consent event: the same merge always yields the same ids. */
  static String copiedEventId(String originalId, CustomerId survivorId) {
    return "merge-" + Hashing.murmur3_128()
        .hashString(survivorId.value() + "\u0000" + originalId, StandardCharsets.UTF_8);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static void checkActor(String actor) {
    requireNonNull(actor, "actor");
    checkArgument(ACTOR.matcher(actor).matches(), "actor must be 1..64 characters of [A-Za-z0-9._:@/-] but was '%s'", actor);
  }
}
