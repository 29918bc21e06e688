package org.crmkit.core.spi;

import java.util.List;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;

/**
 * The append-only operation log (操作日志). Implementations must be thread-safe and pass {@code
 * org.crmkit.core.testkit.AuditLogContract}: sequences are 1, 2, 3, … in append order, with no
 * gaps or repeats even under concurrent appends.
 */
public interface AuditLog {

  /**
   * Appends an entry and assigns it the next sequence number.
   *
   * @param entry the entry; its sequence is ignored
   * @return the stored entry with its sequence
   */
  AuditEntry append(AuditEntry entry);

  /**
   * Returns the entries about a customer (as {@code customerId} or as the related customer of a
   * merge), in sequence order.
   *
   * @param customerId the customer
   * @return the entries
   */
  List<AuditEntry> forCustomer(CustomerId customerId);

  /**
   * Streams every entry in sequence order; the caller must close the stream.
   *
   * @return the entries
   */
  Stream<AuditEntry> scan();
}
