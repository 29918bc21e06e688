package org.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import org.crmkit.core.internal.Text;

/**
 * The text normalisations that {@link CustomerQuery#matches} applies, for storage adapters that
 * push queries down to their database: store {@link #fold} of names and addresses in search
 * columns and compare against {@link #fold} of the query fragment, and they agree with the
 * reference semantics exactly. Stateless and thread-safe.
 */
public final class SearchKeys {
  private SearchKeys() {}

  /**
   * Folds text for fuzzy matching of names and addresses: NFKC (full width to half width), lower
   * case in the root locale, every whitespace and space character removed. Chinese characters pass
   * through unchanged, so {@code "段 正淳"} and {@code "段正淳"} fold alike, as do {@code "ＡＢＣ"} and
   * {@code "abc"}.
   *
   * @param text the text
   * @return the folded key
   */
  public static String fold(CharSequence text) {
    return Text.fold(requireNonNull(text, "text"));
  }

  /**
   * Cleans text the way a customer's tags and names are stored: NFC, trimmed, inner runs of
   * whitespace collapsed to one space. A tag criterion matches a stored tag when their cleaned
   * forms are equal.
   *
   * @param text the text
   * @return the cleaned text
   */
  public static String clean(CharSequence text) {
    return Text.clean(requireNonNull(text, "text"));
  }
}
