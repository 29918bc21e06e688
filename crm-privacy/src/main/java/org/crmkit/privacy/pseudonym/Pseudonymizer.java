package org.crmkit.privacy.pseudonym;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;

/**
 * Keyed pseudonyms: {@code pseudonym(context, value)} is the first 128 bits of {@code
 * HMAC-SHA-256(key(context), context || 0x00 || value)} in lower-case hex (32 characters). The
 * same key, context and value always give the same token; another key or context gives an
 * unrelated one; without the key the token cannot be reversed by trying every phone number.
 *
 * <p>Each context's key is read from the {@link KeySource} once, on first use, and kept for the
 * life of this object (make a new one after rotating keys). Thread-safe.
 */
public final class Pseudonymizer {
  private static final HexFormat HEX = HexFormat.of();
  private static final int TOKEN_BYTES = 16;

  private final KeySource keys;
  private final Map<String, byte[]> keyByContext = new ConcurrentHashMap<>();
  // Mac objects are not thread-safe and costly to initialise: one per thread and context.
  private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

  private Pseudonymizer(KeySource keys) {
    this.keys = keys;
  }

  /**
   * Returns a pseudonymizer over a key source.
   *
   * @param keys where the keys come from
   * @return the pseudonymizer
   */
  public static Pseudonymizer of(KeySource keys) {
    requireNonNull(keys, "keys");
    return new Pseudonymizer(keys);
  }

  /**
   * Returns the pseudonym of a value in a context.
   *
   * @param context what the pseudonym is for, for example {@code view:anonymous}; 1..128
   *     printable ASCII characters
   * @param value the value, for example a customer id
   * @return 32 lower-case hex characters
   * @throws KeyUnavailableException if the key source has no key for the context
   * @throws IllegalArgumentException if the context is malformed or the key shorter than 16 bytes
   */
  public String pseudonym(String context, String value) {
    requireNonNull(value, "value");
    Mac mac = macs.get().get(context);
    if (mac == null) {
      mac = Keys.mac(keyFor(context));
      macs.get().put(context, mac);
    }
    mac.update(Keys.utf8(context));
    mac.update((byte) 0);
    byte[] digest = mac.doFinal(Keys.utf8(value));
    return HEX.formatHex(digest, 0, TOKEN_BYTES);
  }

  private byte[] keyFor(String context) {
    Keys.checkContext(context);
    return keyByContext.computeIfAbsent(context, c -> {
      byte[] key = keys.key(c);
      Keys.checkKey("key for context " + c, key);
      byte[] copy = key.clone();
      Arrays.fill(key, (byte) 0);
      return copy;
    });
  }

  @Override
  public String toString() {
    return "Pseudonymizer[" + keyByContext.size() + " contexts, redacted]";
  }
}
