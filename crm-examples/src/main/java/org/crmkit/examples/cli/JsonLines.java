package org.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain Java form of a view ({@code ViewValue.toPlain()}) as one line of JSON, with
 * the export format's conventions: integral numbers as JSON integers, other decimals as strings in
 * plain notation (so that no reader rounds them). Stateless and thread-safe.
 */
final class JsonLines {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private JsonLines() {}

  /**
   * Returns the JSON text of a plain value, without a line terminator.
   *
   * @param plain a {@link String}, {@link BigDecimal}, {@link Boolean}, {@code Map<String, ?>}
   *     or {@code List<?>}, nested
   * @return the JSON text on one line
   */
  static String of(Object plain) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(sw)) {
      write(g, plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?>) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?>) {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      boolean integral = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
      if (integral && d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0) {
        g.writeNumber(d.longValueExact());
      } else {
        g.writeString(d.toPlainString());
      }
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v.toString());
    }
  }
}
