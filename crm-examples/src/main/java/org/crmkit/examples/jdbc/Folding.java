package org.crmkit.examples.jdbc;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text keys the SQL search columns hold. They reproduce what {@link
 * org.crmkit.core.spi.CustomerQuery#matches} compares (crm-core's internal helpers are not API, so
 * they are copied, and {@code FoldingTest} checks that both agree on generated customers).
 */
final class Folding {
  private Folding() {}

  /** NFKC, lower case (root locale), every whitespace or space character removed. */
  static String fold(CharSequence text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** NFC, trimmed, inner whitespace runs collapsed to one space: how a customer stores its tags. */
  static String clean(CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /** Escapes a LIKE pattern's wildcards with {@code !}, the escape character the SQL declares. */
  static String likeContaining(String folded) {
    StringBuilder sb = new StringBuilder(folded.length() + 8).append('%');
    for (int i = 0; i < folded.length(); i++) {
      char ch = folded.charAt(i);
      if (ch == '%' || ch == '_' || ch == '!') {
        sb.append('!');
      }
      sb.append(ch);
    }
    return sb.append('%').toString();
  }
}
