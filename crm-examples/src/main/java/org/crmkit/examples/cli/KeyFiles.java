package org.crmkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.crmkit.privacy.pseudonym.KeySource;

/**
 * The master key of the pseudonyms: read from a key file, or generated for one run. A key file
 * holds the key as hexadecimal digits (at least 32, that is 16 bytes; for example the output of
 * {@code openssl rand -hex 32}), surrounding whitespace ignored. Error messages describe a bad
 * file by its size and shape only, never by its content. Stateless.
 */
final class KeyFiles {
  /** The shortest key, in bytes. */
  static final int MIN_BYTES = 16;
  /** The size of a generated key, in bytes. */
  static final int GENERATED_BYTES = 32;
  /** Longest key file read, in bytes. */
  static final int MAX_FILE_BYTES = 4096;

  private KeyFiles() {}

  /**
   * Reads a key file into a key source; the bytes read are wiped.
   *
   * @param file the file
   * @return the key source over the file's master key
   * @throws InputException if the file cannot be read or does not hold a key
   */
  static KeySource read(Path file) {
    byte[] raw;
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
        throw new InputException(file, 0, "key file", "a readable file of at most " + MAX_FILE_BYTES + " bytes",
            Files.isRegularFile(file) ? "a file of " + Files.size(file) + " bytes"
                : Files.exists(file) ? "not a regular file" : "no such file");
      }
      raw = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, 0, "key file", "a readable file", "unreadable (" + e.getClass().getSimpleName() + ")");
    }
    String text = new String(raw, StandardCharsets.US_ASCII).strip();
    Arrays.fill(raw, (byte) 0);
    int digits = text.length();
    if (digits == 0 || !text.chars().allMatch(KeyFiles::isHex)) {
      throw new InputException(file, 1, "key", "hexadecimal digits only (at least " + 2 * MIN_BYTES + ")",
          digits == 0 ? "empty" : digits + " characters, not all hexadecimal digits");
    }
    if (digits % 2 != 0 || digits < 2 * MIN_BYTES) {
      throw new InputException(file, 1, "key", "an even number of at least " + 2 * MIN_BYTES
          + " hexadecimal digits (" + MIN_BYTES + " bytes)", digits + " digits");
    }
    byte[] key = new byte[digits / 2];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (Character.digit(text.charAt(2 * i), 16) << 4 | Character.digit(text.charAt(2 * i + 1), 16));
    }
    KeySource source = KeySource.fromMasterKey(key);
    Arrays.fill(key, (byte) 0);
    return source;
  }

  /**
   * Returns a key source over a master key drawn from {@link SecureRandom} for this run only;
   * the key is never shown.
   *
   * @return the key source
   */
  static KeySource generated() {
    byte[] key = new byte[GENERATED_BYTES];
    new SecureRandom().nextBytes(key);
    KeySource source = KeySource.fromMasterKey(key);
    Arrays.fill(key, (byte) 0);
    return source;
  }

  private static boolean isHex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
