package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes one model type as JSON and reads it back from a {@link Node}. Reading runs the type's
 * canonical constructor, so the model's validation applies to every document read; failures
 * become {@link JsonFormatException}s that name the place but not the value. Implementations are
 * stateless and thread-safe.
 *
 * @param <T> the type
 */
interface Codec<T> {

  /**
   * Writes a value, as the next value of the generator's current context.
   *
   * @param g the generator
   * @param value the value, not null
   * @throws IOException if writing fails
   */
  void write(JsonGenerator g, T value) throws IOException;

  /**
   * Reads a value.
   *
   * @param node the JSON value, not JSON null
   * @return the value
   * @throws JsonFormatException if the node is not a valid value of this type
   */
  T read(Node node);

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    /** Writes {@code value} to {@code g}. */
    void write(JsonGenerator g, T value) throws IOException;
  }

  /**
   * Returns a codec from a writer and a reader.
   *
   * @param writer writes a value
   * @param reader reads a node
   * @param <T> the type
   * @return the codec
   */
  static <T> Codec<T> of(Writer<T> writer, Function<Node, T> reader) {
    return new Codec<T>() {
      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        writer.write(g, value);
      }

      @Override
      public T read(Node node) {
        return reader.apply(node);
      }
    };
  }

  /**
   * Returns a codec for a type written as one JSON string, read back through {@code parse} (a
   * canonical constructor or a {@code parse} method whose failures become format errors).
   *
   * @param expected what the string must look like, for error messages
   * @param format the value as text
   * @param parse the text as value
   * @param <T> the type
   * @return the codec
   */
  static <T> Codec<T> ofString(String expected, Function<T, String> format, Function<String, T> parse) {
    return of(
        (g, v) -> g.writeString(format.apply(v)),
        n -> {
          if (n.type() != Node.Type.STRING) {
            throw n.wrongType(expected);
          }
          return FieldReader.build(n, () -> parse.apply(n.text()));
        });
  }
}
