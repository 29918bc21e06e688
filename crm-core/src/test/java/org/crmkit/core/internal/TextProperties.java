package org.crmkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextProperties {

  @Property(tries = 2000)
  void cleanEqualsTheSlowPath(@ForAll("messyText") String text) {
    String slow = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    assertEquals(slow, Text.clean(text));
  }

  @Property(tries = 500)
  void cleanIsIdempotentAndKeepsCleanInstances(@ForAll("messyText") String text) {
    String once = Text.clean(text);
    assertSame(once, Text.clean(once));
  }

  @Provide
  Arbitrary<String> messyText() {
    return Arbitraries.strings()
        .withChars(" \t\n\r\u000B\f\u00a0\u3000abcAB段正淳\u0301\u00e9\uff21")
        .withCharRange('a', 'e')
        .ofMaxLength(12);
  }
}
