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
    if (text instanceof String && isClean((String) text)) {
      return (String) text; // most values are clean already: keep the instance, allocate nothing
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  // True when clean(s) would return a string equal to s.
  private static boolean isClean(String s) {
    int n = s.length();
    if (n > 0 && (Character.isWhitespace(s.codePointAt(0)) || Character.isWhitespace(s.codePointBefore(n)))) {
      return false;
    }
    char prev = 'x';
    boolean beyondLatin = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean asciiSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (asciiSpace && (c != ' ' || prev == ' ')) {
        return false;
      }
      beyondLatin |= c >= 0x300;
      prev = c;
    }
    // Below U+0300 every character is stable under NFC.
    return !beyondLatin || Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  /** Returns whether the text is empty after {@link #clean}. */
  public static boolean isBlank(CharSequence text) {
    return clean(text).isEmpty();
  }
}
