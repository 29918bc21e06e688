/**
 * Storage interfaces (SPI) that hosts implement or take the in-memory defaults of: {@link
 * org.crmkit.core.spi.CustomerStore}, {@link org.crmkit.core.spi.InteractionStore}, {@link
 * org.crmkit.core.spi.ConsentStore}, {@link org.crmkit.core.spi.AuditLog} and the {@link
 * org.crmkit.core.spi.TransactionHook}, with the query, paging and exception types they share.
 *
 * <p>Every implementation should run the contract kit published in crm-core's test-jar
 * ({@code org.crmkit.core.testkit}).
 */
package org.crmkit.core.spi;
