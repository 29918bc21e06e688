/**
 * A JDBC storage adapter for crm-core's storage SPI, tested on H2 and PostgreSQL: {@link
 * org.crmkit.examples.jdbc.JdbcStores#create} returns the customer, interaction, consent and audit
 * stores over a {@link javax.sql.DataSource} with a cross-store transaction hook; {@link
 * org.crmkit.examples.jdbc.JdbcStores#createSchema} creates the tables from the versioned scripts of
 * a {@link org.crmkit.examples.jdbc.Dialect} (also usable by Flyway). {@link
 * org.crmkit.examples.jdbc.JdbcStores#accessLogStore} and {@link
 * org.crmkit.examples.jdbc.JdbcStores#requestStore} return crm-privacy's access-log and request
 * stores on the same database. Plain JDBC, no ORM: records
 * are CrmJson documents, with the search keys crm-core queries need in indexed columns and tables.
 */
package org.crmkit.examples.jdbc;
