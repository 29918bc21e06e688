package org.crmkit.examples.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.spi.AuditAction;
import org.crmkit.core.spi.AuditEntry;
import org.crmkit.core.spi.AuditLog;
import org.crmkit.core.spi.StorageException;

/**
 * The JDBC {@link AuditLog}: {@code crm_audit_entry}, one row per entry, and a one-row counter
 * {@code crm_audit_counter}. An append raises the counter and inserts the entry in one
 * transaction; the counter's row lock serialises appenders and a rolled-back append gives its
 * number back, so sequences are 1, 2, 3, … without gaps, unlike a database sequence. Thread-safe;
 * obtain one from {@link JdbcStores#create}.
 */
public final class JdbcAuditLog implements AuditLog {
  private static final String SELECT = "SELECT sequence_no, at_second, at_nano, actor, action, customer_id,"
      + " related_id, changed_fields FROM crm_audit_entry";

  private final JdbcTransactions tx;

  JdbcAuditLog(JdbcTransactions tx) {
    this.tx = requireNonNull(tx, "tx");
  }

  @Override
  public AuditEntry append(AuditEntry entry) {
    requireNonNull(entry, "entry");
    return tx.run("audit append for " + entry.customerId(), c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE crm_audit_counter SET last_sequence = last_sequence + 1 WHERE id = 1")) {
        if (ps.executeUpdate() != 1) {
          throw new StorageException("the audit counter row is missing; was the schema created?");
        }
      }
      long sequence;
      try (PreparedStatement ps = c.prepareStatement("SELECT last_sequence FROM crm_audit_counter WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        sequence = rs.getLong(1);
      }
      AuditEntry stored = entry.withSequence(sequence);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO crm_audit_entry (sequence_no, at_second,"
          + " at_nano, actor, action, customer_id, related_id, changed_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, sequence);
        ps.setLong(2, stored.at().getEpochSecond());
        ps.setInt(3, stored.at().getNano());
        ps.setString(4, stored.actor());
        ps.setString(5, stored.action().name());
        ps.setString(6, stored.customerId().value());
        if (stored.relatedCustomerId().isPresent()) {
          ps.setString(7, stored.relatedCustomerId().get().value());
        } else {
          ps.setNull(7, Types.VARCHAR);
        }
        // Field names match [A-Za-z][A-Za-z0-9_.]*, so a comma separates them safely.
        ps.setString(8, String.join(",", stored.changedFields()));
        ps.executeUpdate();
      }
      return stored;
    });
  }

  @Override
  public List<AuditEntry> forCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return tx.run("audit entries of " + customerId, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          SELECT + " WHERE customer_id = ? OR related_id = ? ORDER BY sequence_no")) {
        ps.setString(1, customerId.value());
        ps.setString(2, customerId.value());
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs));
          }
        }
        return out;
      }
    });
  }

  @Override
  public Stream<AuditEntry> scan() {
    return tx.stream("audit scan", SELECT + " ORDER BY sequence_no", ps -> {}, JdbcAuditLog::read);
  }

  private static AuditEntry read(ResultSet rs) throws SQLException {
    String fields = rs.getString(8);
    String related = rs.getString(7);
    return new AuditEntry(rs.getLong(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)), rs.getString(4),
        AuditAction.valueOf(rs.getString(5)), CustomerId.of(rs.getString(6)),
        fields.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(fields.split(","))),
        Optional.ofNullable(related).map(CustomerId::of));
  }
}
