package org.crmkit.privacy.pseudonym;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Shared checks and the HMAC primitive of this package. */
final class Keys {
  static final int MIN_KEY_BYTES = 16;
  static final String HMAC = "HmacSHA256";
  private static final Pattern CONTEXT = Pattern.compile("[\\x21-\\x7e]{1,128}");

  private Keys() {}

  static String checkContext(String context) {
    requireNonNull(context, "context");
    checkArgument(CONTEXT.matcher(context).matches(),
        "context must be 1..128 printable ASCII characters without spaces but was %s characters",
        context.length());
    return context;
  }

  static void checkKey(String what, byte[] key) {
    requireNonNull(key, what);
    checkArgument(key.length >= MIN_KEY_BYTES, "%s must be at least %s bytes but was %s bytes",
        what, MIN_KEY_BYTES, key.length);
  }

  static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java SE platform must provide HmacSHA256 and accept any non-empty key.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
