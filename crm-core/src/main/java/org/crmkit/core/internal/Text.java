package org.crmkit.core.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers shared inside crm-core. Not API: other modules must not use this package. */
public final class Text {
  private Text() {}

  /**
   * Folds text for fuzzy matching: NFKC (full-width to half-width), lower case (root locale),
   * all whitespace removed. Chinese characters pass through unchanged.
   *
   * @param text the text
   * @return the folded key
   */
  public static String fold(CharSequence text) {
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

  /**
   * Trims text (Unicode whitespace too) and collapses inner runs of whitespace to one space.
   *
   * @param text the text
   * @return the cleaned text
   */
  public static String clean(CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /** Returns whether the text is empty after {@link #clean}. */
  public static boolean isBlank(CharSequence text) {
    return clean(text).isEmpty();
  }
}
