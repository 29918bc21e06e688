-- crmkit JDBC adapter schema, version 3, H2 2.x dialect: the subjects of access-log entries.
-- Applied after V2 by JdbcStores.createSchema (every statement is idempotent) or by Flyway from
-- classpath:org/crmkit/examples/jdbc/schema/h2.
--
-- Access-log chain format 2 (AccessLog, crmkit-access/2) names the customers each read returned;
-- their ids are hashed into the entry, in read order. One row per subject, at its position in the
-- entry; an entry's crm_access_log.customers is its number of subject rows. Rows of format 1 (no
-- subjects) are not migrated: such a log does not verify under format 2, and nothing was released
-- with it.
CREATE TABLE IF NOT EXISTS crm_access_log_subject (
  entry_index BIGINT      NOT NULL,
  position    INT         NOT NULL,
  customer_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (entry_index, position)
);

-- An access request looks a customer's entries up by id, in log order.
CREATE INDEX IF NOT EXISTS crm_access_log_subject_customer ON crm_access_log_subject (customer_id, entry_index);
