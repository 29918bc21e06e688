/**
 * crm-privacy: the data dictionary that classifies every field of the crm-core model, the five
 * privacy views (standard, personal, anonymous, opt-out per purpose, selective per recipient),
 * masking and keyed pseudonyms, role-based access and the hash-chained access log.
 *
 * <p>Entry point: {@link org.crmkit.privacy.access.PrivacyGateway}. Every view read goes through
 * it and appends one entry to the {@link org.crmkit.privacy.access.AccessLog}.
 */
package org.crmkit.privacy;
