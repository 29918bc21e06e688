package org.crmkit.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Entry point to crmkit's JSON: a ready-made {@link ObjectMapper} and one-line conversions of any
 * model value. For whole customer files use {@link CustomerExport}. Thread-safe.
 *
 * <p>Decisions, for crmkit types (fixed by {@link CrmJsonModule}) and, as far as a mapper can, for
 * a host's own types read and written with {@link #newObjectMapper()}:
 *
 * <ul>
 *   <li>Unknown fields are rejected: crmkit JSON is our own format, and a misspelt field that were
 *       silently dropped would lose data on import.
 *   <li>Instants are ISO-8601 UTC strings ({@code 2024-05-01T08:30:00Z}), dates ISO-8601 strings
 *       ({@code 2024-05-01}), durations ISO-8601 ({@code PT1M30S}); never numeric timestamps.
 *   <li>{@code BigDecimal} is exact: crmkit amounts are strings in plain notation; a host's own
 *       decimals are read without passing through {@code double} and written in plain notation.
 *   <li>A repeated field in one object, or anything after the top-level value, is an error.
 * </ul>
 */
public final class CrmJson {
  private static final ObjectMapper MAPPER = newObjectMapper();

  private CrmJson() {}

  /**
   * Returns a new mapper with {@link CrmJsonModule}, the {@code java.time} module and the {@code
   * Optional} module registered and the settings described in the class javadoc. Mappers are
   * thread-safe once configured; create one and share it.
   *
   * @return a new mapper
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new CrmJsonModule())
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value a crmkit model value, or any value the mapper of {@link #newObjectMapper()} can write
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static String write(Object value) {
    requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value of type " + value.getClass().getName()
          + " cannot be written as JSON", e);
    }
  }

  /**
   * Reads a value from JSON text.
   *
   * @param json the JSON text
   * @param type the type to read, such as {@code Customer.class}
   * @param <T> the type
   * @return the value
   * @throws JsonFormatException if the text is not valid JSON for the type; the exception names
   *     the line, column and JSON path, never the offending value
   */
  public static <T> T read(String json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new JsonFormatException(1, 1, "", "expected a value of type " + type.getSimpleName()
            + " but found null", null);
      }
      return value;
    } catch (IOException e) {
      RuntimeException failure = Failures.reading(e, null);
      if (failure instanceof UncheckedIOException) {
        throw new IllegalStateException("reading from a string failed", e);
      }
      throw failure;
    }
  }
}
