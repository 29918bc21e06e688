package org.crmkit.scoring.tier.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A node of a policy document with its path, for reading with messages such as {@code policy
 * field tiers[1].criteria[0].minimum must be a number but was "abc"}. Policy values are
 * configuration, not personal data, so messages may quote them (shortened).
 */
final class JsonPath {
  private final JsonNode node;
  private final String path;

  JsonPath(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  IllegalArgumentException error(String expected) {
    String found = node == null || node.isMissingNode() ? "missing" : shorten(node.toString());
    return new IllegalArgumentException("policy field " + path + " must be " + expected + " but was " + found);
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  JsonPath object(Set<String> allowed) {
    if (node == null || !node.isObject()) {
      throw error("an object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException("policy field " + child(name) + " is not known; expected one of "
            + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  JsonPath get(String field) {
    return new JsonPath(node.get(field), child(field));
  }

  boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  int size() {
    if (node == null || !node.isArray()) {
      throw error("an array");
    }
    return node.size();
  }

  JsonPath at(int index) {
    return new JsonPath(node.get(index), path + "[" + index + "]");
  }

  String text() {
    if (node == null || !node.isTextual()) {
      throw error("a string");
    }
    return node.textValue();
  }

  int integer() {
    if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
      throw error("a whole number");
    }
    return node.intValue();
  }

  BigDecimal decimal() {
    if (node != null && node.isNumber()) {
      return node.decimalValue();
    }
    if (node != null && node.isTextual()) {
      try {
        return new BigDecimal(node.textValue().trim());
      } catch (NumberFormatException e) {
        throw error("a decimal number");
      }
    }
    throw error("a decimal number");
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = text();
    for (E constant : type.getEnumConstants()) {
      if (TierPolicyJson.spell(constant).equals(text)) {
        return constant;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(TierPolicyJson.spell(constant));
    }
    throw error("one of " + allowed.toString().toLowerCase(Locale.ROOT));
  }

  /** Runs a step that may throw a model's own validation message, adding this path. */
  <T> T build(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("policy field ")) {
        throw e;
      }
      throw new IllegalArgumentException("policy field " + (path.isEmpty() ? "(root)" : path) + ": " + e.getMessage(), e);
    }
  }
}
