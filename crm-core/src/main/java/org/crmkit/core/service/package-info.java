/**
 * Audited operations over the storage SPI: {@link org.crmkit.core.service.CustomerService}
 * creates, updates, deletes and merges customers and writes the operation log.
 */
package org.crmkit.core.service;
