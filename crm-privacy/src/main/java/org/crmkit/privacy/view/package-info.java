/**
 * The five privacy views (视图) and what they produce.
 *
 * <ul>
 *   <li>{@code standard}: everyday users; identity masked, personal data generalised, sensitive
 *       data and free text removed.
 *   <li>{@code personal}: the privacy officer's full view.
 *   <li>{@code anonymous}: analysis; identity removed, the customer id replaced by a keyed
 *       pseudonym, personal data generalised, sensitive data removed.
 *   <li>{@code opt-out:PURPOSE}: as standard, without the customers the consent ledger denies
 *       the purpose.
 *   <li>{@code selective:RECIPIENT}: disclosure; only the recipient's allow-listed fields, with
 *       pseudonyms keyed per recipient, without the customers who did not consent to disclosure
 *       to that recipient.
 * </ul>
 *
 * <p>A view is a {@link org.crmkit.privacy.view.ViewSpec}; its output is a {@link
 * org.crmkit.privacy.view.ProfileView} per customer, made of {@link
 * org.crmkit.privacy.view.ViewValue}s laid out like the export format. Views apply to the
 * customer, its interactions, its consent events and any derived data the host passes.
 */
package org.crmkit.privacy.view;
