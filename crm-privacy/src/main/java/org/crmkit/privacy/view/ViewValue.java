package org.crmkit.privacy.view;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value in a view's output: text, a number, an instant, a flag, a group of named fields or a list. The
 * layout follows the export format: a group's field names are record component names. Masked
 * and generalised values are text ({@code 180****1999}, {@code [100,1000)}, {@code 1990}).
 *
 * <p>Implementations are immutable records. Their {@code toString()} never shows a value, since
 * the personal view holds personal data in clear.
 */
public sealed interface ViewValue {

  /**
   * Returns the plain Java form: {@link String} (also for a {@link Time}), {@link BigDecimal}, {@link Boolean}, an
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
   * An instant shown in full, kept as an {@link Instant} so that a view need not format every
   * timestamp it shows; its plain form is the text {@link Instant#toString()} writes. Generalised
   * timestamps (a month) are {@link Text}.
   *
   * @param value the instant
   */
  record Time(Instant value) implements ViewValue {
    /** Rejects null. */
    public Time {
      requireNonNull(value, "value");
    }

    /** Returns the ISO-8601 text, as {@link Instant#toString()} writes it. */
    @Override
    public Object toPlain() {
      return Timestamps.format(value);
    }

    @Override
    public String toString() {
      return "Time[redacted]";
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
      return Builder.EMPTY;
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
     * as a {@link LinkedHashMap} does. A builder can be reused: {@link #build()} copies the fields
     * into the group, and {@link #clear()} starts again on the same arrays, so a writer that
     * builds many groups of similar shape allocates little more than the groups themselves. Not
     * thread-safe; the groups it builds are immutable and unaffected by later puts.
     */
    public static final class Builder {
      /** The group without fields, shared. */
      private static final Group EMPTY = new Group(FieldMap.EMPTY);

      /** Name then value of each field put, as in {@link FieldMap}. */
      private Object[] slots = new Object[16];
      private int size;
      /**
       * One bit per name hash modulo 64: a name whose bit is clear was certainly not put yet, so
       * the scan for a name to replace runs only on a possible repeat.
       */
      private long seen;

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
        // Kept small so that the JIT inlines it; the rare paths are methods of their own.
        long bit = 1L << name.hashCode();
        if ((seen & bit) != 0 && replace(name, value)) {
          return this;
        }
        seen |= bit;
        int at = 2 * size;
        if (at == slots.length) {
          slots = Arrays.copyOf(slots, 2 * at);
        }
        slots[at] = name;
        slots[at + 1] = value;
        size++;
        return this;
      }

      /** Replaces the value of a field put before; returns whether there was one. */
      private boolean replace(String name, ViewValue value) {
        for (int i = 0; i < 2 * size; i += 2) {
          if (name.equals(slots[i])) {
            slots[i + 1] = value;
            return true;
          }
        }
        return false;
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
       * Removes every field, so that the builder can build another group. The arrays are kept:
       * the values put before stay referenced until later puts overwrite them, so a builder held
       * for long should be dropped rather than cleared when it holds large values.
       *
       * @return this builder
       */
      public Builder clear() {
        // The old slots are overwritten by later puts and never read past the size.
        size = 0;
        seen = 0;
        return this;
      }

      /**
       * Returns the group of the fields put so far. The builder keeps them: further puts build on
       * them without changing this group.
       *
       * @return the group
       */
      public Group build() {
        if (size == 0) {
          return EMPTY;
        }
        return new Group(FieldMap.ofViews(Arrays.copyOf(slots, 2 * size)));
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
     * @return the text of a {@link Text}, {@link Number}, {@link Time} or {@link Flag}, or empty if absent
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
      if (v instanceof Time) {
        return Optional.of(Timestamps.format(((Time) v).value));
      }
      return Optional.empty();
    }

    /** Returns whether the group has no fields. */
    public boolean isEmpty() {
      return fields.isEmpty();
    }

    @Override
    public Object toPlain() {
      // An array-backed map, as the fields are: a linked hash map costs an entry per field.
      return ((FieldMap<ViewValue>) fields).toPlain();
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
      Object[] out = new Object[items.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = items.get(i).toPlain();
      }
      return List.of(out);
    }

    @Override
    public String toString() {
      return "Items[" + items.size() + "]";
    }
  }
}
