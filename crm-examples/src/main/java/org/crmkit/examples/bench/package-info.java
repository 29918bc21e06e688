/**
 * JMH benchmarks: {@link org.crmkit.examples.bench.JdbcBenchmark} measures the JDBC adapter on H2
 * and PostgreSQL next to the in-memory store. Run with {@code java -cp crm-examples/target/crm.jar
 * org.openjdk.jmh.Main}.
 */
package org.crmkit.examples.bench;
