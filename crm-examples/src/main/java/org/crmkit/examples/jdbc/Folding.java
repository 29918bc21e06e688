package org.crmkit.examples.jdbc;

import org.crmkit.core.spi.SearchKeys;

/**
 * The text keys the SQL search columns hold: exactly what {@link
 * org.crmkit.core.spi.CustomerQuery#matches} compares, through crm-core's {@link SearchKeys}
 * ({@code FoldingProperties} checks the agreement on generated customers).
 */
final class Folding {
  private Folding() {}

  /** NFKC, lower case (root locale), every whitespace or space character removed. */
  static String fold(CharSequence text) {
    return SearchKeys.fold(text);
  }

  /** NFC, trimmed, inner whitespace runs collapsed to one space: how a customer stores its tags. */
  static String clean(CharSequence text) {
    return SearchKeys.clean(text);
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
