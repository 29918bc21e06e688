package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes object fields by the rules of the crmkit format: fields in the order of the record's
 * components, empty optionals and empty collections left out. Stateless.
 */
final class FieldWriter {
  private FieldWriter() {}

  static <T> void field(JsonGenerator g, String name, Codec<T> codec, T value) throws IOException {
    g.writeFieldName(name);
    codec.write(g, value);
  }

  static <T> void optional(JsonGenerator g, String name, Codec<T> codec, Optional<T> value)
      throws IOException {
    if (value.isPresent()) {
      field(g, name, codec, value.get());
    }
  }

  static <T> void list(JsonGenerator g, String name, Codec<T> codec, Collection<T> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray();
      for (T v : values) {
        codec.write(g, v);
      }
      g.writeEndArray();
    }
  }

  static <V> void map(JsonGenerator g, String name, Codec<V> codec, Map<String, V> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartObject();
      for (Map.Entry<String, V> e : values.entrySet()) {
        field(g, e.getKey(), codec, e.getValue());
      }
      g.writeEndObject();
    }
  }

  static void kind(JsonGenerator g, String kind) throws IOException {
    g.writeStringField("kind", kind);
  }
}
