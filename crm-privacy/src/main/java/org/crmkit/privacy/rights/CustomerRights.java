package org.crmkit.privacy.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.service.CustomerNotFoundException;
import org.crmkit.core.service.CustomerService;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.privacy.access.AccessLog;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.CustomerRequest;
import org.crmkit.privacy.spi.RequestKind;
import org.crmkit.privacy.spi.RequestStatus;
import org.crmkit.privacy.spi.RequestStore;

/**
 * Carries out customers' requests over crm-core's stores (see the package documentation).
 * Thread-safe when the stores are; every change runs in the stores' transaction hook.
 */
public final class CustomerRights {
  private static final Set<String> IGNORED = Set.of("updatedAt", "version");

  private final CrmStores stores;
  private final CustomerService service;
  private final RequestStore requests;
  private final AccessLog accessLog;
  private final RetentionPolicy retention;
  private final Clock clock;
  private final AtomicLong sequence;
  private final List<Consumer<CustomerId>> erasureHooks = new CopyOnWriteArrayList<>();

  private CustomerRights(CrmStores stores, RequestStore requests, AccessLog accessLog,
      RetentionPolicy retention, Clock clock) {
    this.stores = stores;
    this.requests = requests;
    this.accessLog = accessLog;
    this.retention = retention;
    this.clock = clock;
    this.service = CustomerService.over(stores, clock);
    this.sequence = new AtomicLong(requests.all().size());
  }

  /**
   * Returns the rights service.
   *
   * @param stores crm-core's stores
   * @param requests the request log
   * @param accessLog the access log, for the access export's entries about the customer and usage
   *     summary
   * @param retention what erasure keeps and when requests are due
   * @param clock the time source
   * @return the service
   */
  public static CustomerRights over(CrmStores stores, RequestStore requests, AccessLog accessLog,
      RetentionPolicy retention, Clock clock) {
    return new CustomerRights(requireNonNull(stores, "stores"), requireNonNull(requests, "requests"),
        requireNonNull(accessLog, "accessLog"), requireNonNull(retention, "retention"),
        requireNonNull(clock, "clock"));
  }

  /**
   * Registers a hook that deletes a customer's derived data (scores, tiers, caches) on erasure.
   *
   * @param hook called with the erased customer's id inside the erasure's transaction
   */
  public void onErasure(Consumer<CustomerId> hook) {
    erasureHooks.add(requireNonNull(hook, "hook"));
  }

  /**
   * Records an access or erasure request, due after the policy's deadline.
   *
   * @param customerId the customer
   * @param kind {@link RequestKind#ACCESS} or {@link RequestKind#ERASURE}
   * @return the pending request
   * @throws IllegalArgumentException for another kind (corrections and consent have their own
   *     methods)
   */
  public CustomerRequest submit(CustomerId customerId, RequestKind kind) {
    requireNonNull(customerId, "customerId");
    checkArgument(kind == RequestKind.ACCESS || kind == RequestKind.ERASURE,
        "kind must be ACCESS or ERASURE but was %s", kind);
    return insert(customerId, kind, Optional.empty(), Set.of());
  }

  /**
   * Records a correction for review. The store is not touched: no view sees the change until
   * {@link #approve} applies it.
   *
   * @param customerId the customer
   * @param change the correction, applied to the currently stored record
   * @return the pending request, with the names of the fields it changes
   * @throws CustomerNotFoundException if the customer is not stored
   * @throws IllegalArgumentException if the change alters the id or changes nothing
   */
  public CustomerRequest requestCorrection(CustomerId customerId, UnaryOperator<Customer> change) {
    requireNonNull(customerId, "customerId");
    requireNonNull(change, "change");
    Customer current = stores.customers().findById(customerId)
        .orElseThrow(() -> new CustomerNotFoundException(customerId));
    Customer proposed = requireNonNull(change.apply(current), "change result");
    checkArgument(proposed.id().equals(customerId), "change must keep the id %s but did not",
        customerId);
    Set<String> fields = changedFields(current, proposed);
    checkArgument(!fields.isEmpty(), "change must change a field but changed none");
    return insert(customerId, RequestKind.CORRECTION,
        Optional.of(proposed.withVersion(current.version())), fields);
  }

  /**
   * Approves a pending correction: applies it (one audit entry by the reviewer) and closes the
   * request, atomically within the stores' transaction hook.
   *
   * @param requestId the request
   * @param reviewer who approves, 1..64 characters of {@code [A-Za-z0-9._:@/-]}
   * @return the approved request
   * @throws IllegalArgumentException if there is no such correction
   * @throws IllegalStateException if it is not pending
   * @throws org.crmkit.core.spi.StaleVersionException if the customer changed since the request;
   *     nothing is applied and the request stays pending
   */
  public CustomerRequest approve(String requestId, String reviewer) {
    CustomerRequest r = pendingCorrection(requestId);
    return stores.transactions().inTransaction(() -> {
      service.update(r.proposed().orElseThrow(), reviewer);
      CustomerRequest closed = r.close(RequestStatus.APPROVED, clock.instant(), reviewer);
      requests.update(closed);
      return closed;
    });
  }

  /**
   * Rejects a pending correction. No customer data is written.
   *
   * @param requestId the request
   * @param reviewer who rejects
   * @return the rejected request
   * @throws IllegalArgumentException if there is no such correction
   * @throws IllegalStateException if it is not pending
   */
  public CustomerRequest reject(String requestId, String reviewer) {
    CustomerRequest closed =
        pendingCorrection(requestId).close(RequestStatus.REJECTED, clock.instant(), reviewer);
    requests.update(closed);
    return closed;
  }

  /**
   * Fulfils a pending access request: the export holds the stored profile, the derived data, the
   * customer's requests, the access-log entries whose read returned the customer (without the
   * other customers of those reads) and the log's usage summary.
   *
   * @param requestId the access request
   * @param actor who fulfils it
   * @param derived the customer's current derived data (scores, tiers) by name, from the host,
   *     which computes them since crm-privacy does not depend on crm-scoring
   * @return the export
   * @throws IllegalArgumentException if there is no such pending access request
   * @throws CustomerNotFoundException if the customer is not stored
   */
  public AccessExport fulfilAccess(String requestId, String actor,
      Function<CustomerId, Map<String, String>> derived) {
    requireNonNull(derived, "derived");
    CustomerRequest r = pending(requestId, RequestKind.ACCESS);
    CustomerProfile profile = profile(r.customerId())
        .orElseThrow(() -> new CustomerNotFoundException(r.customerId()));
    requests.update(r.close(RequestStatus.COMPLETED, clock.instant(), actor));
    List<AccessLogLine> reads = new ArrayList<>();
    for (AccessLogEntry e : accessLog.entriesAbout(r.customerId())) {
      reads.add(AccessLogLine.from(e));
    }
    return new AccessExport(clock.instant(), profile, derived.apply(r.customerId()),
        requests.byCustomer(r.customerId()), reads, accessLog.usage());
  }

  /**
   * Fulfils a pending erasure request under the retention policy. The access log is append-only:
   * its entries keep naming the customer's opaque id, which then links to nothing personal.
   *
   * @param requestId the erasure request
   * @param actor who erases
   * @return what was kept and deleted
   * @throws IllegalArgumentException if there is no such pending erasure request
   * @throws CustomerNotFoundException if the customer is not stored
   */
  public ErasureResult fulfilErasure(String requestId, String actor) {
    CustomerRequest r = pending(requestId, RequestKind.ERASURE);
    CustomerId id = r.customerId();
    return stores.transactions().inTransaction(() -> {
      Customer customer = stores.customers().findById(id)
          .orElseThrow(() -> new CustomerNotFoundException(id));
      Instant now = clock.instant();
      ensurePlaceholder(actor);
      List<Interaction> all = stores.interactions().byCustomer(id);
      int kept = 0;
      for (Interaction i : all) {
        if (retention.keeps(i, now)) {
          stores.interactions().upsert(strip(i).withCustomerId(retention.placeholder()));
          kept++;
        }
      }
      service.delete(id, customer.version(), actor);
      erasureHooks.forEach(h -> h.accept(id));
      requests.update(r.close(RequestStatus.COMPLETED, now, actor));
      return new ErasureResult(id, retention.placeholder(), kept, all.size() - kept);
    });
  }

  /**
   * Records a consent change in crm-core's ledger, with a completed request for the log.
   *
   * @param event the consent event
   * @return the completed request
   */
  public CustomerRequest changeConsent(ConsentEvent event) {
    requireNonNull(event, "event");
    return stores.transactions().inTransaction(() -> {
      stores.consent().append(event);
      CustomerRequest r = insert(event.customerId(), RequestKind.CONSENT, Optional.empty(), Set.of());
      CustomerRequest closed = r.close(RequestStatus.COMPLETED, clock.instant(), event.actor());
      requests.update(closed);
      return closed;
    });
  }

  /**
   * Returns the requests pending past their due date.
   *
   * @param asOf the time to judge at
   * @return the overdue requests, in order of receipt
   */
  public List<CustomerRequest> overdue(Instant asOf) {
    requireNonNull(asOf, "asOf");
    List<CustomerRequest> out = new ArrayList<>();
    for (CustomerRequest r : requests.all()) {
      if (r.isOverdue(asOf)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the customer's stored profile: record, interactions and consent history.
   *
   * @param id the customer
   * @return the profile, empty if not stored (for example erased)
   */
  public Optional<CustomerProfile> profile(CustomerId id) {
    requireNonNull(id, "id");
    return stores.customers().findById(id).map(c -> new CustomerProfile(c,
        stores.interactions().byCustomer(id), stores.consent().history(id)));
  }

  /**
   * Returns whether the customer was erased (a completed erasure request exists); use it as the
   * erasure filter of an anonymous batch.
   *
   * @param id the customer
   * @return true if erased
   */
  public boolean isErased(CustomerId id) {
    return requests.byCustomer(id).stream().anyMatch(
        r -> r.kind() == RequestKind.ERASURE && r.status() == RequestStatus.COMPLETED);
  }

  /**
   * Returns the request log.
   *
   * @return the store
   */
  public RequestStore requests() {
    return requests;
  }

  /**
   * Returns the retention policy.
   *
   * @return the policy
   */
  public RetentionPolicy retention() {
    return retention;
  }

  @Override
  public String toString() {
    return "CustomerRights[requests=" + requests + ", retention=" + retention + "]";
  }

  private CustomerRequest insert(CustomerId customerId, RequestKind kind, Optional<Customer> proposed,
      Set<String> fields) {
    Instant now = clock.instant();
    CustomerRequest r = CustomerRequest.pending("req-" + sequence.incrementAndGet(), customerId,
        kind, now, now.plus(retention.requestDeadline()), proposed, fields);
    requests.insert(r);
    return r;
  }

  private CustomerRequest pendingCorrection(String requestId) {
    return pending(requestId, RequestKind.CORRECTION);
  }

  private CustomerRequest pending(String requestId, RequestKind kind) {
    requireNonNull(requestId, "requestId");
    CustomerRequest r = requests.find(requestId).filter(x -> x.kind() == kind).orElseThrow(
        () -> new IllegalArgumentException("requestId must name a " + kind + " request but was "
            + requestId));
    if (r.status().isClosed()) {
      throw new IllegalStateException("request " + requestId + " must be pending but was "
          + r.status());
    }
    return r;
  }

  private void ensurePlaceholder(String actor) {
    if (stores.customers().findById(retention.placeholder()).isEmpty()) {
      service.create(Customer.builder(retention.placeholder(), CustomerType.INDIVIDUAL, "anonymous",
          Instant.EPOCH).build(), actor);
    }
  }

  /** Drops the free text an accounting record may carry; amounts, dates and ids stay. */
  private static Interaction strip(Interaction i) {
    if (i instanceof Refund) {
      Refund r = (Refund) i;
      return new Refund(r.id(), r.customerId(), r.occurredAt(), r.channel(), r.orderId(), r.amount(),
          r.refundKind(), Optional.empty());
    }
    return i;
  }

  static Set<String> changedFields(Customer before, Customer after) {
    Set<String> out = new TreeSet<>();
    for (RecordComponent rc : Customer.class.getRecordComponents()) {
      if (IGNORED.contains(rc.getName())) {
        continue;
      }
      try {
        if (!Objects.equals(rc.getAccessor().invoke(before), rc.getAccessor().invoke(after))) {
          out.add(rc.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read field " + rc.getName(), e);
      }
    }
    return out;
  }
}
