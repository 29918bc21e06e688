/**
 * The demo behind {@code crm demo}: {@link org.crmkit.examples.demo.SyntheticCustomerBase}, a
 * deterministic synthetic customer base built on the public crm-core model only, and the code
 * that loads it through the storage SPI and summarises it.
 */
package org.crmkit.examples.demo;
