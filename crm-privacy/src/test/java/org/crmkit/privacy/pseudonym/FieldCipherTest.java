package org.crmkit.privacy.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  private static final byte[] MASTER = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final FieldCipher cipher = FieldCipher.of(KeySource.fromMasterKey(MASTER), seeded());

  private static SecureRandom seeded() {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(42L);
      return r;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void decrypt_ofEncrypt_givesTheValueBack() {
    String token = cipher.encrypt("customer.idDocument.number", "51343620000320711X");

    assertTrue(token.startsWith("v1."), token);
    assertFalse(token.contains("51343620000320711X"));
    assertEquals("51343620000320711X", cipher.decrypt("customer.idDocument.number", token));
  }

  @Test
  void encrypt_sameValueTwice_givesDifferentTokens() {
    assertNotEquals(cipher.encrypt("c", "段正淳"), cipher.encrypt("c", "段正淳"));
  }

  @Test
  void decrypt_otherContext_throws() {
    String token = cipher.encrypt("a", "secret");
    DecryptionException e = assertThrows(DecryptionException.class, () -> cipher.decrypt("b", token));
    assertEquals("token does not authenticate in context 'b'", e.getMessage());
  }

  @Test
  void decrypt_otherKey_throws() {
    String token = cipher.encrypt("a", "secret");
    FieldCipher other = FieldCipher.of(KeySource.fromMasterKey("another-master-key-0123456789abc".getBytes(
        StandardCharsets.US_ASCII)), seeded());
    assertThrows(DecryptionException.class, () -> other.decrypt("a", token));
  }

  @Test
  void decrypt_flippedBit_throws() {
    String token = cipher.encrypt("a", "secret");
    byte[] raw = Base64.getUrlDecoder().decode(token.substring(3));
    raw[raw.length - 1] ^= 1;
    String bad = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

    assertThrows(DecryptionException.class, () -> cipher.decrypt("a", bad));
  }

  @Test
  void decrypt_notAToken_throwsIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("a", "plain"));
    assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("a", "v1.AAAA"));
  }
}
