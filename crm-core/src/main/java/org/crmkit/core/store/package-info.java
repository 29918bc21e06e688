/**
 * The in-memory default implementations of the storage SPI ({@link org.crmkit.core.spi}): {@link
 * org.crmkit.core.store.InMemoryCustomerStore}, {@link org.crmkit.core.store.InMemoryInteractionStore},
 * {@link org.crmkit.core.store.InMemoryConsentStore}, {@link org.crmkit.core.store.InMemoryAuditLog},
 * and {@link org.crmkit.core.store.InMemoryStores#create()} for all of them at once.
 *
 * <p>All are thread-safe: writes to one store are serialised by a lock (which makes version checks
 * and batches atomic), reads are lock-free and never block. They hold everything on the heap and
 * persist nothing. They pass the contract kit in crm-core's test-jar ({@code
 * org.crmkit.core.testkit}), as every host adapter should.
 */
package org.crmkit.core.store;
