package org.crmkit.privacy.view;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The immutable field map of a {@link ViewValue.Group}: names and values alternating in one array, in
 * output order. Groups are small and built once, so an array beats a linked hash map both to build and
 * to read; {@code equals}, {@code hashCode} and {@code toString} are those of any map.
 */
final class FieldMap extends AbstractMap<String, ViewValue> {
  static final FieldMap EMPTY = new FieldMap(new Object[0]);

  /** Name then value of each field: {@code slots[2i]} is a {@code String}, {@code slots[2i+1]} a {@code ViewValue}. */
  private final Object[] slots;
  private final int size;

  /** Takes the slots, which no one may change afterwards. */
  FieldMap(Object[] slots) {
    this.slots = slots;
    this.size = slots.length / 2;
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
    Object[] slots = new Object[2 * n];
    int i = 0;
    for (Map.Entry<String, ViewValue> e : m.entrySet()) {
      slots[i++] = e.getKey();
      slots[i++] = e.getValue();
    }
    return new FieldMap(i == slots.length ? slots : java.util.Arrays.copyOf(slots, i));
  }

  private int indexOf(Object key) {
    if (key != null) {
      for (int i = 0; i < size; i++) {
        if (key.equals(slots[2 * i])) {
          return i;
        }
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
    return i < 0 ? null : (ViewValue) slots[2 * i + 1];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super ViewValue> action) {
    for (int i = 0; i < size; i++) {
      action.accept((String) slots[2 * i], (ViewValue) slots[2 * i + 1]);
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
            return new AbstractMap.SimpleImmutableEntry<>((String) slots[2 * i], (ViewValue) slots[2 * i + 1]);
          }
        };
      }
    };
  }
}
