-- crmkit JDBC adapter schema, version 1, H2 2.x dialect.
-- Applied by JdbcStores.createSchema (every statement is idempotent) or by Flyway from
-- classpath:org/crmkit/examples/jdbc/schema/h2. Whole records are JSON documents (CrmJson);
-- the other columns are search keys derived from them and are rewritten with every write.

CREATE TABLE IF NOT EXISTS crm_customer (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  customer_type    VARCHAR(32)  NOT NULL,
  segment          VARCHAR(32)  NOT NULL,
  stage            VARCHAR(32)  NOT NULL,
  industry         VARCHAR(64),
  account_manager  VARCHAR(64),
  region_country   VARCHAR(2),
  region_province  VARCHAR(2000),
  region_city      VARCHAR(2000),
  name_folded      VARCHAR(4000) NOT NULL,
  search_names     VARCHAR(1000000) NOT NULL,
  search_addresses VARCHAR(1000000),
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  doc              VARCHAR(1000000) NOT NULL
);
CREATE INDEX IF NOT EXISTS crm_customer_region ON crm_customer (region_country, region_province, region_city);
CREATE INDEX IF NOT EXISTS crm_customer_name ON crm_customer (name_folded);
CREATE INDEX IF NOT EXISTS crm_customer_updated ON crm_customer (updated_at);
CREATE INDEX IF NOT EXISTS crm_customer_manager ON crm_customer (account_manager);

-- Normalised phones (kind P, E.164) and e-mails (kind E, lower case) of a customer and its contacts.
CREATE TABLE IF NOT EXISTS crm_customer_key (
  customer_id VARCHAR(64)  NOT NULL REFERENCES crm_customer (id) ON DELETE CASCADE,
  kind        CHAR(1)      NOT NULL,
  key_value   VARCHAR(400) NOT NULL,
  PRIMARY KEY (customer_id, kind, key_value)
);
CREATE INDEX IF NOT EXISTS crm_customer_key_lookup ON crm_customer_key (kind, key_value);

CREATE TABLE IF NOT EXISTS crm_customer_tag (
  customer_id VARCHAR(64) NOT NULL REFERENCES crm_customer (id) ON DELETE CASCADE,
  tag         VARCHAR(64) NOT NULL,
  PRIMARY KEY (customer_id, tag)
);
CREATE INDEX IF NOT EXISTS crm_customer_tag_lookup ON crm_customer_tag (tag);

-- Times are epoch seconds plus nanoseconds: exact for every Instant, ordered as Instant orders.
CREATE TABLE IF NOT EXISTS crm_interaction (
  id          VARCHAR(64) NOT NULL PRIMARY KEY,
  customer_id VARCHAR(64) NOT NULL,
  at_second   BIGINT      NOT NULL,
  at_nano     INT         NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  doc         VARCHAR(1000000) NOT NULL
);
CREATE INDEX IF NOT EXISTS crm_interaction_timeline ON crm_interaction (customer_id, at_second, at_nano, id);

CREATE TABLE IF NOT EXISTS crm_consent_event (
  event_id           VARCHAR(64) NOT NULL PRIMARY KEY,
  customer_id        VARCHAR(64) NOT NULL,
  effective_second   BIGINT      NOT NULL,
  effective_nano     INT         NOT NULL,
  recorded_second    BIGINT      NOT NULL,
  recorded_nano      INT         NOT NULL,
  doc                VARCHAR(1000000) NOT NULL
);
CREATE INDEX IF NOT EXISTS crm_consent_history ON crm_consent_event
  (customer_id, effective_second, effective_nano, recorded_second, recorded_nano, event_id);

CREATE TABLE IF NOT EXISTS crm_audit_entry (
  sequence_no    BIGINT       NOT NULL PRIMARY KEY,
  at_second      BIGINT       NOT NULL,
  at_nano        INT          NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  action         VARCHAR(16)  NOT NULL,
  customer_id    VARCHAR(64)  NOT NULL,
  related_id     VARCHAR(64),
  changed_fields VARCHAR(100000) NOT NULL
);
CREATE INDEX IF NOT EXISTS crm_audit_customer ON crm_audit_entry (customer_id, sequence_no);
CREATE INDEX IF NOT EXISTS crm_audit_related ON crm_audit_entry (related_id, sequence_no);

-- One row: the last sequence handed out. Appends lock it, so sequences have no gaps.
CREATE TABLE IF NOT EXISTS crm_audit_counter (
  id            INT    NOT NULL PRIMARY KEY,
  last_sequence BIGINT NOT NULL
);
INSERT INTO crm_audit_counter (id, last_sequence)
  SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM crm_audit_counter WHERE id = 1);
