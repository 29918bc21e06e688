/**
 * The customer model (客户档案): {@link org.crmkit.core.customer.Customer} and its parts —
 * validated, normalised contact points, classification (type, industry, region, value segment),
 * the life cycle, typed host attributes and the one marked place for sensitive data.
 *
 * <p>All types are immutable. Types that hold personal data redact it in {@code toString()}.
 */
package org.crmkit.core.customer;
