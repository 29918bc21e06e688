package org.crmkit.privacy.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Pseudonyms are deterministic per key and context, and differ across keys and contexts. */
class PseudonymProperties {

  @Provide
  Arbitrary<byte[]> keys() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(16).ofMaxSize(64);
  }

  @Provide
  Arbitrary<String> contexts() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().ofMaxLength(40);
  }

  @Property
  void sameKeyAndContextGiveTheSamePseudonym(@ForAll("keys") byte[] key, @ForAll("contexts") String context,
      @ForAll("values") String value) {
    String a = Pseudonymizer.of(KeySource.fromMasterKey(key)).pseudonym(context, value);
    String b = Pseudonymizer.of(KeySource.fromMasterKey(key.clone())).pseudonym(context, value);

    assertEquals(a, b);
    assertTrue(a.matches("[0-9a-f]{32}"), a);
  }

  @Property
  void differentKeysGiveDifferentPseudonyms(@ForAll("keys") byte[] k1, @ForAll("keys") byte[] k2,
      @ForAll("contexts") String context, @ForAll("values") String value) {
    Assume.that(!Arrays.equals(k1, k2));

    assertNotEquals(Pseudonymizer.of(KeySource.fromMasterKey(k1)).pseudonym(context, value),
        Pseudonymizer.of(KeySource.fromMasterKey(k2)).pseudonym(context, value));
  }

  @Property
  void differentContextsGiveDifferentPseudonymsEvenUnderOneKey(@ForAll("keys") byte[] key,
      @ForAll("contexts") String c1, @ForAll("contexts") String c2, @ForAll("values") String value) {
    Assume.that(!c1.equals(c2));
    // The same raw key for every context: the context is still mixed into the message.
    Pseudonymizer p = Pseudonymizer.of(ctx -> key.clone());

    assertNotEquals(p.pseudonym(c1, value), p.pseudonym(c2, value));
  }

  @Property
  void differentValuesGiveDifferentPseudonyms(@ForAll("keys") byte[] key, @ForAll("contexts") String context,
      @ForAll("values") String v1, @ForAll("values") String v2) {
    Assume.that(!v1.equals(v2));
    Pseudonymizer p = Pseudonymizer.of(KeySource.of(Map.of(context, key)));

    assertNotEquals(p.pseudonym(context, v1), p.pseudonym(context, v2));
  }
}
