/**
 * Storage interface for the access log, with a thread-safe in-memory default ({@link
 * org.crmkit.privacy.spi.AccessLogStore#inMemory()}). A host stores the log where its audit
 * data lives; the chain of hashes that makes it tamper-evident is kept by {@link
 * org.crmkit.privacy.access.AccessLog}, so a store only has to append and read. Each entry names the customers its read returned (its
 * subjects), and {@link org.crmkit.privacy.spi.AccessLogStore#entriesAbout} finds a customer's
 * entries for an access request: by scanning by default, through an index where the store has one.
 */
package org.crmkit.privacy.spi;
