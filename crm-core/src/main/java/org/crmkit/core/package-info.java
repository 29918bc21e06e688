/**
 * crmkit core: shared value types ({@link org.crmkit.core.CustomerId}, {@link
 * org.crmkit.core.Money}) and the root exception {@link org.crmkit.core.CrmException}.
 *
 * <p>Sub-packages: {@code customer} (the customer model), {@code interaction} (purchases,
 * complaints, surveys and the rest), {@code consent} (the append-only consent ledger), {@code
 * spi} (storage interfaces), {@code store} (in-memory defaults), {@code service} (audited
 * operations), {@code dedup} (duplicate detection and merge) and {@code json} (Jackson support).
 */
package org.crmkit.core;
