-- crmkit JDBC adapter schema, version 2, PostgreSQL dialect: crm-privacy's storage.
-- Applied after V1 by JdbcStores.createSchema (every statement is idempotent) or by Flyway from
-- classpath:org/crmkit/examples/jdbc/schema/postgresql.

-- The access log, column by column: AccessLog.verify() recomputes each hash from these columns,
-- so every text is kept exactly as given and the instant as epoch seconds plus nanoseconds.
CREATE TABLE IF NOT EXISTS crm_access_log (
  entry_index    BIGINT           NOT NULL PRIMARY KEY,
  at_second      BIGINT           NOT NULL,
  at_nano        INT              NOT NULL,
  application_id TEXT             NOT NULL,
  user_id        TEXT             NOT NULL,
  view_name      TEXT             NOT NULL,
  purpose        TEXT             NOT NULL,
  customers      BIGINT           NOT NULL,
  outcome        VARCHAR(16)      NOT NULL,
  previous_hash  CHAR(64)         NOT NULL,
  entry_hash     CHAR(64)         NOT NULL
);

-- One row: the number of entries. Appends lock it, so indexes are 0, 1, 2, ... without gaps.
CREATE TABLE IF NOT EXISTS crm_access_log_head (
  id      INT    NOT NULL PRIMARY KEY,
  entries BIGINT NOT NULL
);
INSERT INTO crm_access_log_head (id, entries)
  SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM crm_access_log_head WHERE id = 1);
