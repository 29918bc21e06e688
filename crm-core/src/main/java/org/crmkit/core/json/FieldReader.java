package org.crmkit.core.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object for a codec, keeping track of which fields it asked for so
 * that {@link #end} can reject the rest as unknown. Field rules of the crmkit format: a required
 * field must be present and not null; an optional field, list, set or map may be absent or null,
 * meaning empty. Not thread-safe; one per object read.
 */
final class FieldReader {
  private final Node object;
  // The names asked for, in order; a list, not a set: objects are small and this is the hot path.
  private final List<String> known = new ArrayList<>(24);
  private int present;

  private FieldReader(Node object) {
    this.object = object;
  }

  /**
   * Starts reading an object.
   *
   * @param node the node
   * @param what what the object is, for the error when it is not an object
   * @return the reader
   * @throws JsonFormatException if the node is not a JSON object
   */
  static FieldReader of(Node node, String what) {
    if (node.type() != Node.Type.OBJECT) {
      throw node.wrongType(what + " (a JSON object)");
    }
    return new FieldReader(node);
  }

  /** Returns the object being read. */
  Node node() {
    return object;
  }

  private Node field(String name) {
    boolean first = !known.contains(name);
    if (first) {
      known.add(name);
    }
    Node n = object.fields().get(name);
    if (n == null) {
      return null;
    }
    if (first) {
      present++;
    }
    return n.isNull() ? null : n;
  }

  <T> T required(String name, Codec<T> codec) {
    Node n = field(name);
    if (n == null) {
      throw object.failAt(name, "required field is missing or null");
    }
    return codec.read(n);
  }

  <T> Optional<T> optional(String name, Codec<T> codec) {
    Node n = field(name);
    return n == null ? Optional.empty() : Optional.of(codec.read(n));
  }

  <T> List<T> list(String name, Codec<T> codec) {
    Node n = field(name);
    if (n == null) {
      return List.of();
    }
    if (n.type() != Node.Type.ARRAY) {
      throw n.wrongType("an array");
    }
    List<T> values = new ArrayList<>(n.items().size());
    for (Node item : n.items()) {
      if (item.isNull()) {
        throw item.fail("array items must not be null");
      }
      values.add(codec.read(item));
    }
    return values;
  }

  <T> Set<T> set(String name, Codec<T> codec) {
    return new LinkedHashSet<>(list(name, codec));
  }

  <V> Map<String, V> map(String name, Codec<V> codec) {
    Node n = field(name);
    if (n == null) {
      return Map.of();
    }
    if (n.type() != Node.Type.OBJECT) {
      throw n.wrongType("an object");
    }
    Map<String, V> values = new TreeMap<>();
    n.fields().forEach((key, value) -> {
      if (value.isNull()) {
        throw value.fail("map values must not be null");
      }
      values.put(key, codec.read(value));
    });
    return values;
  }

  /**
   * Accepts the type discriminator {@code kind}, which must equal {@code expected} when present.
   * It is optional here: a {@link Family} has already required it when the family is read, and a
   * concrete type read on its own does not need it.
   *
   * @param expected the kind this codec reads
   */
  void kind(String expected) {
    Node n = field("kind");
    if (n != null && (n.type() != Node.Type.STRING || !n.text().equals(expected))) {
      throw n.fail("kind must be " + expected + " for this value");
    }
  }

  /**
   * Rejects every field this reader was not asked for.
   *
   * @throws JsonFormatException at the first unknown field
   */
  void end() {
    if (present == object.fields().size()) {
      return;
    }
    for (Map.Entry<String, Node> e : object.fields().entrySet()) {
      if (!known.contains(e.getKey())) {
        throw e.getValue().fail("unknown field; the fields here are " + String.join(", ", known));
      }
    }
  }

  /**
   * Checks for unknown fields, then builds the value, turning a validation failure into a
   * format error at this object.
   */
  <T> T build(Supplier<T> constructor) {
    end();
    return build(object, constructor);
  }

  /**
   * Builds a value from a node, turning a validation failure ({@link IllegalArgumentException},
   * {@link NullPointerException}, {@link IllegalStateException}) into a format error at the node.
   * The model's messages carry no personal data, so they are kept.
   */
  static <T> T build(Node node, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw node.fail(e);
    }
  }
}
