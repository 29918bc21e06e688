package org.crmkit.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.testkit.CrmArbitraries;

/** Mask shape: length kept (in code points), idempotent, values too short to mask are hidden whole. */
class MaskShapeProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(6),
        Arbitraries.strings().withChars("😀𠀀ab").ofMaxLength(8),
        CrmArbitraries.personNames());
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  @Property
  void keepKeepsLengthAndIsIdempotent(@ForAll("texts") String s, @ForAll @IntRange(max = 5) int first,
      @ForAll @IntRange(max = 5) int last) {
    String m = Masks.keep(s, first, last);

    assertEquals(length(s), length(m));
    assertEquals(m, Masks.keep(m, first, last));
  }

  @Property
  void keepShowsOnlyTheKeptEnds(@ForAll("texts") String s, @ForAll @IntRange(max = 5) int first,
      @ForAll @IntRange(max = 5) int last) {
    int[] in = s.codePoints().toArray();
    int[] out = Masks.keep(s, first, last).codePoints().toArray();
    boolean tooShort = in.length <= first + last;
    for (int i = 0; i < in.length; i++) {
      boolean kept = !tooShort && (i < first || i >= in.length - last);
      assertEquals(kept ? in[i] : '*', out[i]);
    }
  }

  @Property
  void aValueNoLongerThanTheKeptCharactersIsHiddenWhole(@ForAll("texts") String s) {
    int n = length(s);
    String m = Masks.keep(s, n, 0);
    assertEquals("*".repeat(n), m);
    assertEquals("*".repeat(n), Masks.keep(s, 0, n));
  }

  @Provide
  Arbitrary<UnaryOperator<String>> masks() {
    return Arbitraries.of(Masks::name, Masks::email, Masks::idNumber, Masks::bankCard, Masks::mobile, Masks::all);
  }

  @Property
  void everyNamedMaskKeepsLengthAndIsIdempotent(@ForAll("texts") String s, @ForAll("masks") UnaryOperator<String> mask) {
    String m = mask.apply(s);
    assertEquals(length(s), length(m));
    assertEquals(m, mask.apply(m));
  }

  @Provide
  Arbitrary<PhoneNumber> phones() {
    return CrmArbitraries.phones();
  }

  @Property
  void aMaskedPhoneHidesAllButItsEndsAndIsIdempotent(@ForAll("phones") PhoneNumber p) {
    String m = Masks.phone(p);
    String national = p.nationalNumber();
    assertTrue(m.endsWith(national.substring(national.length() - 4)));
    assertTrue(!m.contains(national), "the whole national number must not show");
    assertEquals(m, p.isChineseMobile() ? Masks.mobile(m) : m);
  }

  @Property
  void aMaskedEmailKeepsItsDomain(@ForAll("emails") org.crmkit.core.customer.EmailAddress e) {
    String m = Masks.email(e.value());
    assertTrue(m.endsWith("@" + e.domain()));
    assertEquals(length(e.value()), length(m));
  }

  @Provide
  Arbitrary<org.crmkit.core.customer.EmailAddress> emails() {
    return CrmArbitraries.emails();
  }
}
