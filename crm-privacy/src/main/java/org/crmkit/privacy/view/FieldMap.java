package org.crmkit.privacy.view;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map from field names, in output order, with names and values alternating in one
 * array: the fields of a {@link ViewValue.Group} ({@code V} is {@code ViewValue}) and the plain
 * form of a group ({@code V} is {@code Object}). Groups are small and built once, so an array
 * beats a linked hash map both to build and to read; {@code equals}, {@code hashCode} and {@code
 * toString} are those of any map.
 *
 * @param <V> the values
 */
final class FieldMap<V> extends AbstractMap<String, V> {
  static final FieldMap<ViewValue> EMPTY = new FieldMap<>(new Object[0], true);

  /** Name then value of each field: {@code slots[2i]} is a {@code String}, {@code slots[2i+1]} a {@code V}. */
  private final Object[] slots;
  private final int size;
  /** Whether the values are {@code ViewValue}s (a group's fields), not plain values. */
  private final boolean views;

  /** Takes the slots, which no one may change afterwards. */
  private FieldMap(Object[] slots, boolean views) {
    this.slots = slots;
    this.size = slots.length / 2;
    this.views = views;
  }

  /** The fields of a group, taking the slots (names and non-null {@code ViewValue}s). */
  static FieldMap<ViewValue> ofViews(Object[] slots) {
    return new FieldMap<>(slots, true);
  }

  /** A plain form, taking the slots (names and non-null plain values). */
  static FieldMap<Object> ofPlain(Object[] slots) {
    return new FieldMap<>(slots, false);
  }

  /** Returns the plain form of a group's fields: each value's {@link ViewValue#toPlain()}, in order. */
  FieldMap<Object> toPlain() {
    Object[] out = slots.clone();
    for (int i = 1; i < out.length; i += 2) {
      out[i] = ((ViewValue) out[i]).toPlain();
    }
    return ofPlain(out);
  }

  /** Copies a map, keeping its iteration order; the fields of a group are returned as they are. */
  @SuppressWarnings("unchecked")
  static FieldMap<ViewValue> copyOf(Map<String, ViewValue> m) {
    if (m instanceof FieldMap && ((FieldMap<?>) m).views) {
      return (FieldMap<ViewValue>) m;
    }
    int n = m.size();
    if (n == 0) {
      return EMPTY;
    }
    Object[] slots = new Object[2 * n];
    int i = 0;
    for (Map.Entry<String, ViewValue> e : m.entrySet()) {
      slots[i++] = requireNonNull(e.getKey(), "field name");
      slots[i++] = requireNonNull(e.getValue(), "field value");
    }
    return ofViews(i == slots.length ? slots : java.util.Arrays.copyOf(slots, i));
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
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) slots[2 * i + 1];
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept((String) slots[2 * i], (V) slots[2 * i + 1]);
    }
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>((String) slots[2 * i], (V) slots[2 * i + 1]);
          }
        };
      }
    };
  }
}
