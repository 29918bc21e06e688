package org.crmkit.privacy.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.core.CustomerId;
import org.crmkit.privacy.view.Timestamps;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessOutcome;

/**
 * The append-only, SHA-256 hash-chained access log. Each entry's hash covers its fields, the ids
 * of the customers the read returned (its subjects) and the previous entry's hash, so changing,
 * removing or reordering an entry or one of its subjects breaks the chain from that entry on; the
 * log keeps its own head (size and last hash) in memory, so cutting entries off the end is caught
 * too. Thread-safe: appends are serialised.
 *
 * <p>The hash of an entry is {@code SHA-256} over, in order, the UTF-8 text {@code
 * crmkit-access/2}, the index, the instant in ISO-8601, the application id, the user id, the
 * view name, the purpose, the customer count, each subject's id in the order the read returned
 * them, the outcome name and the previous hash, each preceded by its length in bytes as a 4-byte
 * big-endian integer. The count comes before the ids and every id has its own length, so {@code
 * ["ab","c"]} and {@code ["a","bc"]} hash differently. The first entry's previous hash is 64
 * zeros.
 *
 * <p>Format history: {@code crmkit-access/1} hashed the same fields without subjects. The format
 * changed once, before any release, to name the subjects; a log written in format 1 does not
 * verify under format 2 and is not migrated (start a new log).
 *
 * <p>Subjects are crm-core's opaque {@link CustomerId}s, not personal data, and not keyed
 * pseudonyms (one HMAC per customer would halve a view's throughput). An erasure leaves them in
 * the log: the log is append-only evidence of who saw whom, and once the customer is erased the
 * id links to nothing personal. {@link #entriesAbout} lists a customer's entries for an access
 * request.
 */
public final class AccessLog {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);
  // MessageDigest.getInstance costs more than hashing one entry: one digest per thread.
  private static final byte[] PREFIX = "crmkit-access/2".getBytes(StandardCharsets.US_ASCII);
  private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);
  private static final int BATCH = 4096;

  private final AccessLogStore store;
  /** The size and last hash; not a {@link LogHead}, whose check of the hash would run on every append. */
  private volatile Head head;

  private record Head(long size, String hash) {}

  private AccessLog(AccessLogStore store, Head head) {
    this.store = store;
    this.head = head;
  }

  /**
   * Returns a log over a store, continuing its chain. The head is taken from the store's last
   * entry; check the store with {@link #verify()} before trusting it.
   *
   * @param store the storage
   * @return the log
   */
  public static AccessLog over(AccessLogStore store) {
    requireNonNull(store, "store");
    long size = store.size();
    if (size == 0) {
      return new AccessLog(store, new Head(0, GENESIS));
    }
    List<AccessLogEntry> last = store.read(size - 1, 1);
    checkArgument(last.size() == 1, "store must return its last entry but returned %s", last.size());
    return new AccessLog(store, new Head(size, last.get(0).hash()));
  }

  /** Returns a log over a new in-memory store. */
  public static AccessLog inMemory() {
    return over(AccessLogStore.inMemory());
  }

  /**
   * Appends one entry.
   *
   * @param at when the read happened
   * @param viewer who read
   * @param view the view's name
   * @param subjects the ids of the customers the read returned, in the order returned; empty
   *     when denied. An immutable list (from {@code List.of}/{@code List.copyOf}) is kept as it is.
   * @param outcome granted or denied
   * @return the stored entry
   * @throws IllegalArgumentException if a denied read has subjects
   */
  public synchronized AccessLogEntry append(Instant at, Viewer viewer, String view, List<CustomerId> subjects,
      AccessOutcome outcome) {
    requireNonNull(at, "at");
    requireNonNull(viewer, "viewer");
    requireNonNull(view, "view");
    List<CustomerId> ids = List.copyOf(requireNonNull(subjects, "subjects"));
    requireNonNull(outcome, "outcome");
    checkArgument(outcome == AccessOutcome.GRANTED || ids.isEmpty(),
        "a denied read must have no subjects but had %s", ids.size());
    Head h = head;
    String hash = hash(h.size(), at, viewer.applicationId(), viewer.userId(), view, viewer.purpose(),
        ids.size(), ids, outcome, h.hash());
    AccessLogEntry entry = new AccessLogEntry(h.size(), at, viewer.applicationId(), viewer.userId(), view,
        viewer.purpose(), ids.size(), ids, outcome, h.hash(), hash);
    store.append(entry);
    head = new Head(h.size() + 1, hash);
    return entry;
  }

  /** Returns the head this log wrote last: its size and last hash. */
  public LogHead head() {
    Head h = head;
    return new LogHead(h.size(), h.hash());
  }

  /** Returns the number of entries this log has written or found. */
  public long size() {
    return head.size();
  }

  /**
   * Returns every stored entry in order.
   *
   * @return the entries
   */
  public List<AccessLogEntry> entries() {
    List<AccessLogEntry> out = new ArrayList<>();
    for (long from = 0; ; ) {
      List<AccessLogEntry> batch = store.read(from, BATCH);
      out.addAll(batch);
      if (batch.size() < BATCH) {
        return out;
      }
      from += batch.size();
    }
  }

  /**
   * Returns the stored entries whose read returned a customer, for the customer's access request.
   * The entries come from the store as they are; {@link #verify()} checks that they were not
   * changed.
   *
   * @param id the customer
   * @return the entries that name {@code id} among their subjects, in index order, each once
   */
  public List<AccessLogEntry> entriesAbout(CustomerId id) {
    return store.entriesAbout(requireNonNull(id, "id"));
  }

  /**
   * Sums the stored entries by application and view, sorted by application then view.
   *
   * @return one line per application and view that appears in the log
   */
  public List<AccessUsage> usage() {
    Map<List<String>, long[]> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)));
    for (AccessLogEntry e : entries()) {
      long[] s = sums.computeIfAbsent(List.of(e.applicationId(), e.view()), k -> new long[3]);
      if (e.outcome() == AccessOutcome.GRANTED) {
        s[0]++;
        s[2] += e.customers();
      } else {
        s[1]++;
      }
    }
    List<AccessUsage> out = new ArrayList<>(sums.size());
    sums.forEach((k, s) -> out.add(new AccessUsage(k.get(0), k.get(1), s[0], s[1], s[2])));
    return out;
  }

  /**
   * Verifies the stored chain against the head this log keeps.
   *
   * @return the result
   */
  public LogVerification verify() {
    return verify(head());
  }

  /**
   * Verifies the stored chain: every entry has its position as index, links to the hash of the
   * entry before and has the hash of its own fields; and the log is not shorter than {@code
   * kept}, whose last entry has {@code kept}'s hash.
   *
   * @param kept a head recorded earlier
   * @return the result, with the index of the first bad entry
   */
  public LogVerification verify(LogHead kept) {
    requireNonNull(kept, "kept");
    String previous = GENESIS;
    long i = 0;
    String hashAtKept = kept.size() == 0 ? GENESIS : null;
    while (true) {
      List<AccessLogEntry> batch = store.read(i, BATCH);
      for (AccessLogEntry e : batch) {
        if (e.index() != i) {
          return LogVerification.broken(i, i, "entry " + i + " has index " + e.index());
        }
        if (!e.previousHash().equals(previous)) {
          return LogVerification.broken(i, i, "entry " + i + " does not link to the hash of entry " + (i - 1));
        }
        String expected = hash(e.index(), e.at(), e.applicationId(), e.userId(), e.view(), e.purpose(),
            e.customers(), e.subjects(), e.outcome(), e.previousHash());
        if (!expected.equals(e.hash())) {
          return LogVerification.broken(i, i, "entry " + i + " does not match its hash");
        }
        previous = e.hash();
        i++;
        if (i == kept.size()) {
          hashAtKept = e.hash();
        }
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    if (i < kept.size()) {
      return LogVerification.broken(i, i, "log has " + i + " entries but the kept head has " + kept.size());
    }
    if (!kept.hash().equals(hashAtKept)) {
      return LogVerification.broken(i, kept.size() - 1, "entry " + (kept.size() - 1) + " differs from the kept head");
    }
    return LogVerification.intact(i);
  }

  static String hash(long index, Instant at, String applicationId, String userId, String view, String purpose,
      long customers, List<CustomerId> subjects, AccessOutcome outcome, String previousHash) {
    // The message is written into one reused buffer, handed to the digest when full: a digest
    // call per field, or a byte array per field, costs more than the hashing.
    Hasher h = HASHER.get();
    h.begin();
    h.bytes(PREFIX);
    h.number(index);
    h.ascii(Timestamps.format(at));
    h.text(applicationId);
    h.text(userId);
    h.text(view);
    h.text(purpose);
    h.number(customers);
    for (int i = 0, n = subjects.size(); i < n; i++) {
      // Ids are [A-Za-z0-9._:-] by construction, so ASCII.
      h.ascii(subjects.get(i).value());
    }
    h.ascii(outcome.name());
    h.ascii(previousHash);
    return h.digestHex();
  }

  /** A thread's message buffer and digest. */
  private static final class Hasher {
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MessageDigest md = sha256();
    // Large enough for a small entry in one update; a read of many customers streams through it.
    private byte[] buf = new byte[4096];
    private int size;

    void begin() {
      md.reset();
      size = 0;
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        md.update(buf, 0, size);
        size = 0;
        if (more > buf.length) {
          // Only a single field longer than the buffer gets here.
          buf = new byte[Math.max(buf.length * 2, more)];
        }
      }
    }

    private void length(int at, int n) {
      buf[at] = (byte) (n >>> 24);
      buf[at + 1] = (byte) (n >>> 16);
      buf[at + 2] = (byte) (n >>> 8);
      buf[at + 3] = (byte) n;
    }

    void bytes(byte[] b) {
      ensure(4 + b.length);
      length(size, b.length);
      System.arraycopy(b, 0, buf, size + 4, b.length);
      size += 4 + b.length;
    }

    /** Text that is ASCII by construction (ISO instants, enum names, hex). */
    // getBytes(int, int, byte[], int) keeps the low 8 bits of each char: exact for ASCII, and a
    // plain array copy for a Latin-1 string.
    @SuppressWarnings("deprecation")
    void ascii(String s) {
      int n = s.length();
      ensure(4 + n);
      length(size, n);
      s.getBytes(0, n, buf, size + 4);
      size += 4 + n;
    }

    /** UTF-8 text: ASCII is copied directly, anything else encoded by the JDK. */
    void text(String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        if (s.charAt(i) >= 0x80) {
          bytes(s.getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      ascii(s);
    }

    /** The decimal digits of a non-negative number, as {@code Long.toString} writes them. */
    void number(long v) {
      if (v < 0) {
        ascii(Long.toString(v));
        return;
      }
      int n = 1;
      for (long x = v / 10; x != 0; x /= 10) {
        n++;
      }
      ensure(4 + n);
      length(size, n);
      int at = size + 4;
      for (int i = at + n - 1; i >= at; i--) {
        buf[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      size = at + n;
    }

    String digestHex() {
      md.update(buf, 0, size);
      byte[] d = md.digest();
      byte[] hex = new byte[2 * d.length];
      for (int i = 0; i < d.length; i++) {
        hex[2 * i] = HEX_DIGITS[(d[i] >>> 4) & 0xf];
        hex[2 * i + 1] = HEX_DIGITS[d[i] & 0xf];
      }
      return new String(hex, StandardCharsets.ISO_8859_1);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE platform must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "AccessLog[" + head.size() + " entries]";
  }
}
