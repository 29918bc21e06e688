package org.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the subcommands print: one compact object per line, written with Jackson. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Returns a new, empty object node; its fields keep their insertion order. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Returns the compact text of a node or value.
   *
   * @param value a Jackson node or a value Jackson can serialise
   * @return one line of JSON
   */
  static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON serialisation failed: " + e.getOriginalMessage(), e);
    }
  }

  /** Puts a double, or null if it is not finite (JSON has no NaN). */
  static void put(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
