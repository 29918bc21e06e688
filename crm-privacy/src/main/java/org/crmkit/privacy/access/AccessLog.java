package org.crmkit.privacy.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.privacy.internal.IsoInstant;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessLogStore;
import org.crmkit.privacy.spi.AccessOutcome;

/**
 * The append-only, SHA-256 hash-chained access log. Each entry's hash covers its fields and the
 * previous entry's hash, so changing, removing or reordering an entry breaks the chain from that
 * entry on; the log keeps its own head (size and last hash) in memory, so cutting entries off
 * the end is caught too. Thread-safe: appends are serialised.
 *
 * <p>The hash of an entry is {@code SHA-256} over, in order, the UTF-8 text {@code
 * crmkit-access/1}, the index, the instant in ISO-8601, the application id, the user id, the
 * view name, the purpose, the customer count, the outcome name and the previous hash, each
 * preceded by its length in bytes as a 4-byte big-endian integer. The first entry's previous
 * hash is 64 zeros.
 */
public final class AccessLog {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);
  // MessageDigest.getInstance costs more than hashing one entry: one digest per thread.
  private static final byte[] PREFIX = "crmkit-access/1".getBytes(StandardCharsets.US_ASCII);
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
   * @param customers how many customers were returned
   * @param outcome granted or denied
   * @return the stored entry
   */
  public synchronized AccessLogEntry append(Instant at, Viewer viewer, String view, long customers,
      AccessOutcome outcome) {
    requireNonNull(at, "at");
    requireNonNull(viewer, "viewer");
    requireNonNull(view, "view");
    requireNonNull(outcome, "outcome");
    Head h = head;
    String hash = hash(h.size(), at, viewer.applicationId(), viewer.userId(), view, viewer.purpose(),
        customers, outcome, h.hash());
    AccessLogEntry entry = new AccessLogEntry(h.size(), at, viewer.applicationId(), viewer.userId(), view,
        viewer.purpose(), customers, outcome, h.hash(), hash);
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
            e.customers(), e.outcome(), e.previousHash());
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
      long customers, AccessOutcome outcome, String previousHash) {
    // The message is written into one reused buffer and hashed in one update: a digest call per
    // field, or a byte array per field, costs more than the hashing.
    Hasher h = HASHER.get();
    h.size = 0;
    h.bytes(PREFIX);
    h.number(index);
    h.ascii(IsoInstant.format(at));
    h.text(applicationId);
    h.text(userId);
    h.text(view);
    h.text(purpose);
    h.number(customers);
    h.ascii(outcome.name());
    h.ascii(previousHash);
    return h.digestHex();
  }

  /** A thread's message buffer and digest. */
  private static final class Hasher {
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MessageDigest md = sha256();
    private byte[] buf = new byte[512];
    private int size;

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
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
      md.reset();
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
