package org.crmkit.privacy.pseudonym;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reversible encryption of a field a host must recover (AES-256-GCM), keyed per context from
 * the host's {@link KeySource}. A token is {@code v1.} and the URL-safe Base64 of a fresh 96-bit
 * nonce followed by the ciphertext and its 128-bit tag; the context is authenticated as
 * associated data, so a token opens only in the context it was made for.
 *
 * <p>The AES key is {@code HMAC-SHA-256(key(context), "crmkit/aes-gcm/v1")}, so the same
 * context key can also serve {@link Pseudonymizer} without the two uses sharing a key. Nonces
 * come from the {@link SecureRandom} the host passes: a fresh one per encryption, never reused.
 * Thread-safe.
 */
public final class FieldCipher {
  private static final String PREFIX = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final KeySource keys;
  private final SecureRandom random;

  private FieldCipher(KeySource keys, SecureRandom random) {
    this.keys = keys;
    this.random = random;
  }

  /**
   * Returns a cipher.
   *
   * @param keys where the keys come from
   * @param random the source of nonces
   * @return the cipher
   */
  public static FieldCipher of(KeySource keys, SecureRandom random) {
    return new FieldCipher(requireNonNull(keys, "keys"), requireNonNull(random, "random"));
  }

  /**
   * Encrypts a value.
   *
   * @param context what the value is, for example {@code customer.idDocument.number}
   * @param plaintext the value
   * @return a token that {@link #decrypt} opens in the same context; another token each call
   * @throws KeyUnavailableException if the key source has no key for the context
   */
  public String encrypt(String context, String plaintext) {
    requireNonNull(plaintext, "plaintext");
    byte[] nonce = new byte[NONCE_BYTES];
    synchronized (random) {
      random.nextBytes(nonce);
    }
    byte[] sealed = run(Cipher.ENCRYPT_MODE, context, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
    ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
  }

  /**
   * Decrypts a token.
   *
   * @param context the context the token was made for
   * @param token the token
   * @return the value
   * @throws IllegalArgumentException if the token is not a {@code v1.} token
   * @throws DecryptionException if the token was changed or made under another key or context
   */
  public String decrypt(String context, String token) {
    requireNonNull(token, "token");
    checkArgument(token.startsWith(PREFIX), "token must start with %s but did not", PREFIX);
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("token must be URL-safe Base64 after " + PREFIX + " but was not", e);
    }
    checkArgument(raw.length >= NONCE_BYTES + TAG_BITS / 8,
        "token must hold at least %s bytes but held %s", NONCE_BYTES + TAG_BITS / 8, raw.length);
    byte[] nonce = Arrays.copyOf(raw, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(raw, NONCE_BYTES, raw.length);
    return new String(run(Cipher.DECRYPT_MODE, context, nonce, sealed), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, String context, byte[] nonce, byte[] input) {
    Keys.checkContext(context);
    byte[] contextKey = keys.key(context);
    Keys.checkKey("key for context " + context, contextKey);
    byte[] aesKey = Keys.mac(contextKey).doFinal(Keys.utf8("crmkit/aes-gcm/v1"));
    Arrays.fill(contextKey, (byte) 0);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(Keys.utf8(context));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new DecryptionException(context, e);
    } catch (GeneralSecurityException e) {
      // Every Java SE platform must provide AES/GCM/NoPadding with 256-bit keys (JDK 9+).
      throw new IllegalStateException("AES-GCM is not available", e);
    } finally {
      Arrays.fill(aesKey, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "FieldCipher[AES-256-GCM, redacted]";
  }
}
