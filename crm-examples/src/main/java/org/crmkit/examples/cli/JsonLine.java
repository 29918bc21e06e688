package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Builds one JSON object on one line, for the subcommands that print one line per item. Fields
 * keep the order they are added in. Only ids, dates, codes and counts go in: callers never add
 * names, contact points or free text. Not thread-safe.
 */
final class JsonLine {
  private final ObjectNode node = Json.object();

  /**
   * Adds a string field.
   *
   * @param name the field name
   * @param value the value, written as a JSON string
   * @return this builder
   */
  JsonLine string(String name, Object value) {
    node.put(name, String.valueOf(requireNonNull(value, "value")));
    return this;
  }

  /**
   * Adds a string field, or {@code null} when the value is empty.
   *
   * @param name the field name
   * @param value the value
   * @return this builder
   */
  JsonLine string(String name, Optional<?> value) {
    if (value.isPresent()) {
      return string(name, value.get());
    }
    node.putNull(name);
    return this;
  }

  /**
   * Adds a number field.
   *
   * @param name the field name
   * @param value the value
   * @return this builder
   */
  JsonLine number(String name, long value) {
    node.put(name, value);
    return this;
  }

  /**
   * Adds a boolean field.
   *
   * @param name the field name
   * @param value the value
   * @return this builder
   */
  JsonLine bool(String name, boolean value) {
    node.put(name, value);
    return this;
  }

  /** Returns the object, without a line terminator. */
  @Override
  public String toString() {
    return Json.line(node);
  }
}
