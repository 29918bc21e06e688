package org.crmkit.privacy.view;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value in a view's output: text, a number, a flag, a group of named fields or a list. The
 * layout follows the export format: a group's field names are record component names. Masked
 * and generalised values are text ({@code 180****1999}, {@code [100,1000)}, {@code 1990}).
 *
 * <p>Implementations are immutable records. Their {@code toString()} never shows a value, since
 * the personal view holds personal data in clear.
 */
public sealed interface ViewValue {

  /**
   * Returns the plain Java form: {@link String}, {@link BigDecimal}, {@link Boolean}, an
   * unmodifiable {@code Map<String, Object>} in field order, or an unmodifiable {@code
   * List<Object>}; what a JSON serialiser writes directly.
   *
   * @return the plain form
   */
  Object toPlain();

  /**
   * Text.
   *
   * @param value the text
   */
  record Text(String value) implements ViewValue {
    /** Rejects null. */
    public Text {
      requireNonNull(value, "value");
    }

    @Override
    public Object toPlain() {
      return value;
    }

    @Override
    public String toString() {
      return "Text[redacted]";
    }
  }

  /**
   * A number.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements ViewValue {
    /** Rejects null. */
    public Number {
      requireNonNull(value, "value");
    }

    @Override
    public Object toPlain() {
      return value;
    }

    @Override
    public String toString() {
      return "Number[redacted]";
    }
  }

  /**
   * A yes/no flag.
   *
   * @param value the flag
   */
  record Flag(boolean value) implements ViewValue {
    @Override
    public Object toPlain() {
      return value;
    }

    @Override
    public String toString() {
      return "Flag[redacted]";
    }
  }

  /**
   * Named fields in order.
   *
   * @param fields the fields by name, in output order
   */
  record Group(Map<String, ViewValue> fields) implements ViewValue {
    /** Copies the fields, keeping their order (a group built by a {@link Builder} is not copied again). */
    public Group {
      requireNonNull(fields, "fields");
      fields = FieldMap.copyOf(fields);
    }

    /** Returns a group without fields. */
    public static Group empty() {
      return new Group(FieldMap.EMPTY);
    }

    /**
     * Returns a builder of a group, which builds the group's fields once instead of copying a map.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Collects the fields of a group in order. Putting a name again replaces its value in place,
     * as a {@link LinkedHashMap} does. Not thread-safe; the groups it builds are immutable and
     * unaffected by later puts.
     */
    public static final class Builder {
      private String[] names = new String[8];
      private ViewValue[] values = new ViewValue[8];
      private int[] hashes = new int[8];
      private int size;
      /** Whether a built group holds the arrays, so that the next put must copy them first. */
      private boolean shared;

      private Builder() {}

      /**
       * Adds a field, or replaces the value of a field of that name.
       *
       * @param name the field name
       * @param value the value
       * @return this builder
       */
      public Builder put(String name, ViewValue value) {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        if (shared) {
          names = names.clone();
          values = values.clone();
          shared = false;
        }
        int h = name.hashCode();
        for (int i = 0; i < size; i++) {
          if (hashes[i] == h && names[i].equals(name)) {
            values[i] = value;
            return this;
          }
        }
        if (size == names.length) {
          names = Arrays.copyOf(names, size * 2);
          values = Arrays.copyOf(values, size * 2);
          hashes = Arrays.copyOf(hashes, size * 2);
        }
        names[size] = name;
        values[size] = value;
        hashes[size] = h;
        size++;
        return this;
      }

      /**
       * Returns whether no field was put.
       *
       * @return whether the group would be empty
       */
      public boolean isEmpty() {
        return size == 0;
      }

      /**
       * Returns the group of the fields put so far.
       *
       * @return the group
       */
      public Group build() {
        if (size == 0) {
          return empty();
        }
        shared = true;
        return new Group(new FieldMap(names, values, size));
      }
    }

    /**
     * Returns a field.
     *
     * @param name the field name
     * @return the value, or empty if the view does not show the field
     */
    public Optional<ViewValue> get(String name) {
      requireNonNull(name, "name");
      return Optional.ofNullable(fields.get(name));
    }

    /**
     * Returns the scalar at a dotted path below this group, as text; lists are not entered.
     *
     * @param path for example {@code region.city}
     * @return the text of a {@link Text}, {@link Number} or {@link Flag}, or empty if absent
     */
    public Optional<String> text(String path) {
      requireNonNull(path, "path");
      ViewValue v = this;
      for (String name : path.split("\\.", -1)) {
        if (!(v instanceof Group)) {
          return Optional.empty();
        }
        v = ((Group) v).fields.get(name);
        if (v == null) {
          return Optional.empty();
        }
      }
      if (v instanceof Text) {
        return Optional.of(((Text) v).value);
      }
      if (v instanceof Number) {
        return Optional.of(((Number) v).value.toPlainString());
      }
      if (v instanceof Flag) {
        return Optional.of(String.valueOf(((Flag) v).value));
      }
      return Optional.empty();
    }

    /** Returns whether the group has no fields. */
    public boolean isEmpty() {
      return fields.isEmpty();
    }

    @Override
    public Object toPlain() {
      Map<String, Object> out = new LinkedHashMap<>();
      fields.forEach((k, v) -> out.put(k, v.toPlain()));
      return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
      return "Group" + fields.keySet();
    }
  }

  /**
   * A list.
   *
   * @param items the items in order
   */
  record Items(List<ViewValue> items) implements ViewValue {
    /** Copies the items. */
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public Object toPlain() {
      List<Object> out = new ArrayList<>(items.size());
      for (ViewValue v : items) {
        out.add(v.toPlain());
      }
      return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
      return "Items[" + items.size() + "]";
    }
  }
}
