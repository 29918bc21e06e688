/**
 * Customers' rights (PIPL art. 45–47): access, correction with review, erasure and consent
 * changes, each a {@link org.crmkit.privacy.spi.CustomerRequest} with a due date and a status in
 * the request log ({@link org.crmkit.privacy.spi.RequestStore}). Entry point: {@link
 * org.crmkit.privacy.rights.CustomerRights}.
 *
 * <ul>
 *   <li><b>Access</b> exports the profile, interactions and consent history held in crm-core's
 *       stores, the requests, the access-log entries whose read returned the customer (each
 *       entry names its subjects; the export shows who read which view, for what purpose and
 *       when, never the other customers of the read) and the log's usage summary, plus the
 *       current derived data (scores, tiers) the host supplies, since crm-privacy does not
 *       depend on crm-scoring.
 *   <li><b>Correction</b> stores the proposed record in the request only; no view reads the
 *       request log, so a pending change is invisible until a reviewer approves it. Approval
 *       applies it with crm-core's {@code CustomerService.update} (upsert plus one audit entry)
 *       and closes the request inside the stores' transaction hook; rejection closes the request
 *       and touches no customer data.
 *   <li><b>Erasure</b> follows the {@link org.crmkit.privacy.rights.RetentionPolicy}: accounting
 *       records (purchases, refunds, renewals within the retention period) are stripped of free
 *       text and re-pointed to an anonymous placeholder customer; every other interaction and the
 *       profile are deleted (one audit entry); the host's derived-data hooks are told. Consent
 *       events stay, because crm-core's ledger is append-only evidence of what was agreed; the
 *       access log's entries stay too, naming the erased customer's opaque id among their
 *       subjects: the log is append-only, tamper-evident evidence of who read whom, and after
 *       erasure the id links to nothing personal.
 *   <li><b>Consent</b> changes are appended to crm-core's consent ledger.
 * </ul>
 */
package org.crmkit.privacy.rights;
