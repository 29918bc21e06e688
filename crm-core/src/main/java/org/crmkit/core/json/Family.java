package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codec of a sealed family: each member is a JSON object whose {@code kind} field names its
 * type; the field may stand anywhere in the object. Thread-safe once built.
 *
 * @param <T> the sealed interface
 */
final class Family<T> implements Codec<T> {
  private final String what;
  private final Map<String, Codec<? extends T>> byKind = new LinkedHashMap<>();
  private final Map<Class<?>, Codec<? extends T>> byClass = new LinkedHashMap<>();

  private Family(String what) {
    this.what = what;
  }

  /**
   * Starts a family.
   *
   * @param what the family's name for error messages, such as {@code "interaction"}
   * @param <T> the sealed interface
   * @return the family, to add members to
   */
  static <T> Family<T> of(String what) {
    return new Family<>(what);
  }

  /**
   * Adds a member. Its codec must write and accept {@code "kind": kind}.
   *
   * @param kind the kind name
   * @param type the record class
   * @param codec the record's codec
   * @param <S> the record type
   * @return this family
   */
  <S extends T> Family<T> with(String kind, Class<S> type, Codec<S> codec) {
    byKind.put(kind, codec);
    byClass.put(type, codec);
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(JsonGenerator g, T value) throws IOException {
    Codec<T> codec = (Codec<T>) byClass.get(value.getClass());
    if (codec == null) {
      throw new IllegalStateException(what + " type " + value.getClass().getName() + " has no codec");
    }
    codec.write(g, value);
  }

  @Override
  public T read(Node node) {
    if (node.type() != Node.Type.OBJECT) {
      throw node.wrongType(what + " (a JSON object with a kind)");
    }
    Node kind = node.fields().get("kind");
    if (kind == null || kind.isNull()) {
      throw node.failAt("kind", "required field is missing or null; expected one of " + kinds());
    }
    Codec<? extends T> codec = kind.type() == Node.Type.STRING ? byKind.get(kind.text()) : null;
    if (codec == null) {
      throw kind.fail("expected one of " + kinds());
    }
    return codec.read(node);
  }

  private String kinds() {
    return String.join(", ", byKind.keySet());
  }
}
