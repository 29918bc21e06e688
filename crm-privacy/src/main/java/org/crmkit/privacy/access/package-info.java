/**
 * Access control and the access log. A {@link org.crmkit.privacy.access.Viewer} (application,
 * user, roles, declared purpose) asks the {@link org.crmkit.privacy.access.PrivacyGateway} for a
 * view; the {@link org.crmkit.privacy.access.AccessPolicy} (an allow-list from roles to views)
 * decides; every request appends exactly one entry to the SHA-256 hash-chained {@link
 * org.crmkit.privacy.access.AccessLog}, naming the customers the read returned; its {@code
 * verify()} finds the first entry that was modified (a subject included), deleted, swapped or cut
 * off, its {@code usage()} says which application read data through which view, and its {@code
 * entriesAbout(id)} which reads returned one customer.
 */
package org.crmkit.privacy.access;
