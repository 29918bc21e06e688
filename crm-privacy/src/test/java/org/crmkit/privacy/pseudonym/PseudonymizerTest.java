package org.crmkit.privacy.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void pseudonym_isTruncatedHmacSha256OfContextZeroValue() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    byte[] expected = mac.doFinal("ctx\u0000+8618049531999".getBytes(StandardCharsets.UTF_8));

    String token = Pseudonymizer.of(KeySource.of(Map.of("ctx", KEY))).pseudonym("ctx", "+8618049531999");

    assertEquals(BaseEncoding.base16().lowerCase().encode(expected, 0, 16), token);
  }

  @Test
  void pseudonym_isNotABareHashOfTheValue() throws Exception {
    String bare = BaseEncoding.base16().lowerCase().encode(
        MessageDigest.getInstance("SHA-256").digest("18049531999".getBytes(StandardCharsets.UTF_8)), 0, 16);

    assertNotEquals(bare, Pseudonymizer.of(KeySource.fromMasterKey(KEY)).pseudonym("ctx", "18049531999"));
  }

  @Test
  void fixedKeySource_unknownContext_throwsNamingOnlyTheContext() {
    KeyUnavailableException e = assertThrows(KeyUnavailableException.class,
        () -> Pseudonymizer.of(KeySource.of(Map.of("a", KEY))).pseudonym("b", "v"));
    assertEquals("no key is available for context 'b'", e.getMessage());
  }

  @Test
  void keySource_shortKey_isRejectedWithoutShowingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KeySource.fromMasterKey(new byte[] {1, 2, 3}));
    assertEquals("masterKey must be at least 16 bytes but was 3 bytes", e.getMessage());
  }

  @Test
  void keySourceAndPseudonymizer_toString_showNoKey() {
    KeySource derived = KeySource.fromMasterKey(KEY);
    KeySource fixed = KeySource.of(Map.of("ctx", KEY));
    Pseudonymizer p = Pseudonymizer.of(fixed);
    p.pseudonym("ctx", "x");
    String hex = BaseEncoding.base16().lowerCase().encode(KEY);
    for (String s : new String[] {derived.toString(), fixed.toString(), p.toString()}) {
      assertFalse(s.contains(new String(KEY, StandardCharsets.US_ASCII)), s);
      assertFalse(s.contains(hex), s);
      assertTrue(s.contains("redacted"), s);
    }
  }

  @Test
  void derivedKeySource_givesIndependentKeysPerContext() {
    KeySource keys = KeySource.fromMasterKey(KEY);
    assertFalse(java.util.Arrays.equals(keys.key("a"), keys.key("b")));
    assertTrue(java.util.Arrays.equals(keys.key("a"), keys.key("a")));
    assertEquals(32, keys.key("a").length);
  }

  @Test
  void keySource_copiesTheCallersArray() {
    byte[] key = KEY.clone();
    KeySource keys = KeySource.of(Map.of("ctx", key));
    String before = Pseudonymizer.of(keys).pseudonym("ctx", "v");
    java.util.Arrays.fill(key, (byte) 0);

    assertEquals(before, Pseudonymizer.of(keys).pseudonym("ctx", "v"));
  }
}
