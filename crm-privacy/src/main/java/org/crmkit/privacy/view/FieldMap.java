package org.crmkit.privacy.view;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The immutable field map of a {@link ViewValue.Group}: names and values in two arrays, in output
 * order. Groups are small and built once, so an array beats a linked hash map both to build and
 * to read; {@code equals}, {@code hashCode} and {@code toString} are those of any map.
 */
final class FieldMap extends AbstractMap<String, ViewValue> {
  static final FieldMap EMPTY = new FieldMap(new String[0], new ViewValue[0], 0);

  private final String[] names;
  private final ViewValue[] values;
  private final int size;

  /** Takes the arrays, which no one may change afterwards. */
  FieldMap(String[] names, ViewValue[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /** Copies a map, keeping its iteration order; a field map is returned as it is. */
  static FieldMap copyOf(Map<String, ViewValue> m) {
    if (m instanceof FieldMap) {
      return (FieldMap) m;
    }
    int n = m.size();
    if (n == 0) {
      return EMPTY;
    }
    String[] k = new String[n];
    ViewValue[] v = new ViewValue[n];
    int i = 0;
    for (Map.Entry<String, ViewValue> e : m.entrySet()) {
      k[i] = e.getKey();
      v[i] = e.getValue();
      i++;
    }
    return new FieldMap(k, v, i);
  }

  private int indexOf(Object key) {
    for (int i = 0; i < size; i++) {
      if (key == null ? names[i] == null : key.equals(names[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public ViewValue get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super ViewValue> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, ViewValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, ViewValue>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, ViewValue> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }
    };
  }
}
