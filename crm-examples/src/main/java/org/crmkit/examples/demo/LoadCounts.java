package org.crmkit.examples.demo;

/**
 * What {@link DemoLoader} wrote. Immutable.
 *
 * @param customers customers stored
 * @param interactions interactions stored
 * @param consentEvents consent events appended
 * @param auditEntries audit entries appended
 */
public record LoadCounts(long customers, long interactions, long consentEvents, long auditEntries) {}
