/**
 * Access control and the access log. A {@link org.crmkit.privacy.access.Viewer} (application,
 * user, roles, declared purpose) asks the {@link org.crmkit.privacy.access.PrivacyGateway} for a
 * view; the {@link org.crmkit.privacy.access.AccessPolicy} (an allow-list from roles to views)
 * decides; every request appends exactly one entry to the SHA-256 hash-chained {@link
 * org.crmkit.privacy.access.AccessLog}, whose {@code verify()} finds the first entry that was
 * modified, deleted, swapped or cut off, and whose {@code usage()} says which application read
 * data through which view.
 */
package org.crmkit.privacy.access;
