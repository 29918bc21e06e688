package org.crmkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Builds one JSON object on one line, for the subcommands that print one line per item. Fields
 * keep the order they are added in. Only ids, dates, codes and counts go in: callers never add
 * names, contact points or free text. Not thread-safe.
 */
final class JsonLine {
  private final StringBuilder text = new StringBuilder("{");

  /**
   * Adds a string field.
   *
   * @param name the field name
   * @param value the value, written as a JSON string
   * @return this builder
   */
  JsonLine string(String name, Object value) {
    key(name);
    quote(String.valueOf(requireNonNull(value, "value")));
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
    key(name);
    text.append("null");
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
    key(name);
    text.append(value);
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
    key(name);
    text.append(value);
    return this;
  }

  /** Returns the object, without a line terminator. */
  @Override
  public String toString() {
    return text + "}";
  }

  private void key(String name) {
    if (text.length() > 1) {
      text.append(',');
    }
    quote(name);
    text.append(':');
  }

  private void quote(String s) {
    text.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (c < 0x20) {
        text.append(String.format("\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    text.append('"');
  }
}
