/**
 * Duplicate detection (查重) and merging of customer records: {@link
 * org.crmkit.core.dedup.DuplicateDetector} finds explained candidate pairs, {@link
 * org.crmkit.core.dedup.CustomerMerger} combines two records; the audited merge across stores is
 * {@code org.crmkit.core.service.CustomerService#merge}.
 */
package org.crmkit.core.dedup;
