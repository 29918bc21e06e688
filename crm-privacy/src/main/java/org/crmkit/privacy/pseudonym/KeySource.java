package org.crmkit.privacy.pseudonym;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Where the secret keys come from: the host's key store, a KMS, a file it protects. A context
 * names what a key is for, for example {@code view:anonymous} or {@code view:selective:acme}, so
 * that pseudonyms made for one purpose or recipient cannot be joined with those of another.
 *
 * <p>Implementations must be thread-safe, must return at least 16 bytes, and must never log or
 * print a key; {@code toString()} must not show one.
 */
@FunctionalInterface
public interface KeySource {

  /**
   * Returns the key for a context. The caller owns the returned array and may wipe it.
   *
   * @param context what the key is for, 1..128 printable characters
   * @return the key bytes, at least 16
   * @throws KeyUnavailableException if the source has no key for the context
   */
  byte[] key(String context);

  /**
   * Returns a source that derives one key per context from a master key, as {@code
   * HMAC-SHA-256(master, "crmkit/key/v1/" + context)}. Distinct contexts get independent keys.
   * The master key is copied; wipe your own copy.
   *
   * @param masterKey the master key, at least 16 bytes
   * @return the source
   * @throws IllegalArgumentException if the master key is shorter than 16 bytes
   */
  static KeySource fromMasterKey(byte[] masterKey) {
    return new DerivedKeySource(masterKey);
  }

  /**
   * Returns a source holding explicit keys per context, for tests and small hosts. The keys are
   * copied.
   *
   * @param keys the key of each context, each at least 16 bytes
   * @return the source; it throws {@link KeyUnavailableException} for any other context
   * @throws IllegalArgumentException if a key is shorter than 16 bytes
   */
  static KeySource of(Map<String, byte[]> keys) {
    requireNonNull(keys, "keys");
    return new FixedKeySource(keys);
  }
}
