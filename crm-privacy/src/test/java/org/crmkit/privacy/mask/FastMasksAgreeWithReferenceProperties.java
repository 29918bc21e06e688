package org.crmkit.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.customer.PhoneNumber;

/**
 * The masks and generalisations that work on text directly give what the straightforward
 * definitions give: the phone mask agrees with masking the parsed {@link PhoneNumber}, the e-mail
 * mask with masking the local part, and the band labels with printing the bounds.
 */
class FastMasksAgreeWithReferenceProperties {

  @Property(tries = 3000)
  void phoneMaskAgreesWithParsedNumber(@ForAll("phones") String s) {
    PhoneNumber n;
    try {
      n = new PhoneNumber(s);
    } catch (IllegalArgumentException e) {
      assertEquals(Masks.mobile(s), Masks.phone(s));
      return;
    }
    assertEquals(Masks.phone(n), Masks.phone(s));
  }

  @Property(tries = 1000)
  void emailMaskKeepsFirstCodePointOfLocalPart(@ForAll("emails") String s) {
    int at = s.lastIndexOf('@');
    String expected = at <= 0 ? Masks.keep(s, 1, 0) : Masks.keep(s.substring(0, at), 1, 0) + s.substring(at);
    assertEquals(expected, Masks.email(s));
  }

  @Property(tries = 1000)
  void keepAgreesWithCodePointLoop(@ForAll("emails") String s, @ForAll("counts") int first, @ForAll("counts") int last) {
    int[] cps = s.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cps.length; i++) {
      boolean shown = cps.length > first + last && (i < first || i >= cps.length - last);
      sb.appendCodePoint(shown ? cps[i] : Masks.MASK);
    }
    assertEquals(sb.toString(), Masks.keep(s, first, last));
  }

  @Property(tries = 1000)
  void bandLabelsAgreeWithPrintedBounds(@ForAll("numbers") BigDecimal v) {
    assertEquals(Generalisations.band(v, new java.util.ArrayList<>(Generalisations.MONEY_BOUNDS)),
        Generalisations.band(v, Generalisations.MONEY_BOUNDS));
    assertEquals(Generalisations.band(v, new java.util.ArrayList<>(Generalisations.INCOME_BOUNDS)),
        Generalisations.band(v, Generalisations.INCOME_BOUNDS));
  }

  @Property(tries = 1000)
  void magnitudeIsTheDecadeOfTheNumber(@ForAll("numbers") BigDecimal v) {
    if (v.signum() == 0) {
      assertEquals("0", Generalisations.magnitude(v));
      return;
    }
    BigDecimal abs = v.abs();
    int exponent = abs.precision() - abs.scale() - 1;
    String lo = plain(BigDecimal.ONE.scaleByPowerOfTen(exponent));
    String hi = plain(BigDecimal.ONE.scaleByPowerOfTen(exponent + 1));
    String expected = v.signum() > 0 ? "[" + lo + "," + hi + ")" : "(-" + hi + ",-" + lo + "]";
    assertEquals(expected, Generalisations.magnitude(v));
  }

  private static String plain(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(0).ofMaxLength(17);
    Arbitrary<String> prefix = Arbitraries.of("+", "+86", "+861", "+8610", "+8613", "+8612", "+1", "+7", "+44",
        "+0", "", "1", "+86 ", "+８6");
    return Arbitraries.oneOf(prefix.flatMap(p -> digits.map(d -> p + d)),
        Arbitraries.strings().withChars("+0123456789a ").ofMaxLength(17));
  }

  @Provide
  Arbitrary<String> emails() {
    return Arbitraries.strings().withChars("ab@.x段😀-").ofMaxLength(12);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 5);
  }

  @Provide
  Arbitrary<BigDecimal> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-2000000"), new BigDecimal("2000000")).ofScale(2),
        Arbitraries.longs().map(BigDecimal::valueOf),
        Arbitraries.integers().between(-60, 60).flatMap(e ->
            Arbitraries.integers().between(1, 999).map(u -> BigDecimal.valueOf(u).scaleByPowerOfTen(e))));
  }
}
