/**
 * crm-examples: the {@code crm} command ({@link org.crmkit.examples.cli}), the deterministic
 * synthetic customer base and the demo ({@link org.crmkit.examples.demo}), and the JMH
 * benchmarks ({@link org.crmkit.examples.bench}). Nothing depends on this module.
 */
package org.crmkit.examples;
