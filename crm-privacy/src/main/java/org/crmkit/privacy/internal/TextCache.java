package org.crmkit.privacy.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.crmkit.privacy.view.ViewValue;

/**
 * Shared view texts of values that repeat across customers (regions, their parents, currencies): a bounded,
 * thread-safe map from value to text. Past its bound it computes without storing, so open-ended
 * input cannot grow it. Keys must be immutable values with value equality. Not API.
 */
final class TextCache {
  /** More distinct values than any region tree has nodes; past it, texts are not shared. */
  static final int MAX_SIZE = 4096;
  private final ConcurrentHashMap<Object, ViewValue.Text> texts = new ConcurrentHashMap<>();

  /**
   * Returns the text of a value, computed once while the cache has room.
   *
   * @param value the value
   * @param text how to write it
   * @return the shared text
   */
  ViewValue.Text get(Object value, Function<Object, String> text) {
    ViewValue.Text t = texts.get(value);
    if (t == null) {
      t = new ViewValue.Text(text.apply(value));
      if (texts.size() < MAX_SIZE) {
        texts.putIfAbsent(value, t);
      }
    }
    return t;
  }
}
