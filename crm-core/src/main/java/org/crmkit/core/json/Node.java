package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JSON value read into memory together with where it stood in the document (line, column,
 * path), so that a codec can report exactly which value was bad. Codecs read from nodes rather
 * than from the parser so that field order does not matter (a {@code kind} may come last).
 * Immutable once read.
 */
final class Node {
  /** The JSON type of a node. */
  enum Type {
    OBJECT("an object"), ARRAY("an array"), STRING("a string"), INTEGER("an integer"),
    DECIMAL("a decimal number"), BOOLEAN("a boolean"), NULL("null");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final Node parent;
  private final String name;
  private final int index;
  private final String rootPath;
  private final int line;
  private final int column;
  private Type type;
  private String text;
  private Map<String, Node> fields = Map.of();
  private List<Node> items = List.of();

  private Node(Node parent, String name, int index, String rootPath, JsonLocation location) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.rootPath = rootPath;
    this.line = location.getLineNr();
    this.column = location.getColumnNr();
  }

  /**
   * Reads the value at the parser's current token, which must be the value's first token; leaves
   * the parser on the value's last token.
   *
   * @param p the parser
   * @return the node
   * @throws IOException if the JSON is malformed or cannot be read
   * @throws JsonFormatException if an object repeats a field
   */
  static Node read(JsonParser p) throws IOException {
    return read(p, null, null, -1, path(p.getParsingContext()));
  }

  private static Node read(JsonParser p, Node parent, String name, int index, String rootPath)
      throws IOException {
    Node n = new Node(parent, name, index, rootPath, p.currentTokenLocation());
    JsonToken token = p.currentToken();
    if (token == null) {
      throw n.fail("expected a JSON value but the input ended");
    }
    switch (token) {
      case START_OBJECT:
        n.type = Type.OBJECT;
        Map<String, Node> fields = new LinkedHashMap<>();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
          p.nextToken();
          Node child = read(p, n, field, -1, null);
          if (fields.putIfAbsent(field, child) != null) {
            throw child.fail("field appears twice in the same object");
          }
        }
        n.fields = Collections.unmodifiableMap(fields);
        break;
      case START_ARRAY:
        n.type = Type.ARRAY;
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, n, null, items.size(), null));
        }
        n.items = Collections.unmodifiableList(items);
        break;
      case VALUE_STRING:
        n.type = Type.STRING;
        n.text = p.getText();
        break;
      case VALUE_NUMBER_INT:
        n.type = Type.INTEGER;
        n.text = p.getText();
        break;
      case VALUE_NUMBER_FLOAT:
        n.type = Type.DECIMAL;
        n.text = p.getText();
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        n.type = Type.BOOLEAN;
        n.text = token == JsonToken.VALUE_TRUE ? "true" : "false";
        break;
      case VALUE_NULL:
        n.type = Type.NULL;
        break;
      default:
        throw n.fail("expected a JSON value but found " + token);
    }
    return n;
  }

  /** Renders a parser context as a path such as {@code profiles[3].customer}. */
  static String path(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        segments.add("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        segments.add(segment(c.getCurrentName()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      append(sb, segments.get(i));
    }
    return sb.toString();
  }

  private static String segment(String fieldName) {
    if (IDENTIFIER.matcher(fieldName).matches()) {
      return fieldName;
    }
    String shown = fieldName.length() > 64 ? fieldName.substring(0, 64) + "..." : fieldName;
    return "[\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static void append(StringBuilder sb, String segment) {
    if (sb.length() > 0 && !segment.startsWith("[")) {
      sb.append('.');
    }
    sb.append(segment);
  }

  /** Returns this node's JSON path. */
  String path() {
    if (parent == null) {
      return rootPath;
    }
    StringBuilder sb = new StringBuilder(parent.path());
    append(sb, name != null ? segment(name) : "[" + index + "]");
    return sb.toString();
  }

  /** Returns the path of a (possibly missing) field of this object. */
  String pathOf(String field) {
    StringBuilder sb = new StringBuilder(path());
    append(sb, segment(field));
    return sb.toString();
  }

  Type type() {
    return type;
  }

  boolean isNull() {
    return type == Type.NULL;
  }

  /** Returns the scalar text: the string, the number as written, or {@code true}/{@code false}. */
  String text() {
    return text;
  }

  /** Returns an object's fields in document order; empty for other types. */
  Map<String, Node> fields() {
    return fields;
  }

  /** Returns an array's items; empty for other types. */
  List<Node> items() {
    return items;
  }

  /** Returns the failure "this value is wrong" at this node's location. */
  JsonFormatException fail(String problem) {
    return new JsonFormatException(line, column, path(), problem, null);
  }

  /** Returns the failure for a validation error thrown while building this node's value. */
  JsonFormatException fail(RuntimeException validation) {
    return new JsonFormatException(line, column, path(), String.valueOf(validation.getMessage()), validation);
  }

  /** Returns the failure "field ... of this object is wrong" at this object's location. */
  JsonFormatException failAt(String field, String problem) {
    return new JsonFormatException(line, column, pathOf(field), problem, null);
  }

  /** Returns the failure "this value has the wrong JSON type". */
  JsonFormatException wrongType(String expected) {
    return fail("expected " + expected + " but found " + type);
  }
}
