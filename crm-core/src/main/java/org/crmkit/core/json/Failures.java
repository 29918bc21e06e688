package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * Turns Jackson's and the decoder's exceptions into {@link JsonFormatException}s. Jackson's own
 * messages may quote the offending input (an unrecognised token, a value that is not a number),
 * so they are replaced by fixed descriptions; only messages known to quote no input pass through.
 */
final class Failures {
  private Failures() {}

  /**
   * Translates a failure while reading.
   *
   * @param e the failure
   * @param p the parser that was reading, or null
   * @return the format error to throw, or an {@link UncheckedIOException} for a genuine I/O failure
   */
  static RuntimeException reading(IOException e, JsonParser p) {
    if (e instanceof JsonMappingException && e.getCause() instanceof JsonFormatException) {
      return (JsonFormatException) e.getCause();
    }
    if (e instanceof CharacterCodingException) {
      return at(p == null ? null : p.currentLocation(), p, "input is not valid UTF-8");
    }
    if (!(e instanceof JsonProcessingException)) {
      return new UncheckedIOException(e);
    }
    JsonProcessingException jpe = (JsonProcessingException) e;
    JsonLocation location = jpe.getLocation();
    if (e instanceof JsonMappingException) {
      return new JsonFormatException(line(location), column(location), path((JsonMappingException) e),
          mappingProblem((JsonMappingException) e), null);
    }
    JsonParser source = e instanceof JsonParseException ? ((JsonParseException) e).getProcessor() : p;
    return at(location, source, parseProblem(jpe));
  }

  private static JsonFormatException at(JsonLocation location, JsonParser p, String problem) {
    String path = p == null ? "" : Node.path(p.getParsingContext());
    return new JsonFormatException(line(location), column(location), path, problem, null);
  }

  private static String parseProblem(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof JsonEOFException) {
      return "the input ended in the middle of the document";
    }
    if (e instanceof StreamConstraintsException) {
      // Names the limit and the length, never the content.
      return "the document exceeds a parser limit: " + original;
    }
    if (original.startsWith("Duplicate field")) {
      return "field appears twice in the same object";
    }
    if (original.startsWith("Unexpected character") || original.startsWith("Unexpected close marker")
        || original.startsWith("Unexpected end-of-input")) {
      // These name one character and what was expected, not a token of the input.
      return "malformed JSON: " + original.replace('\n', ' ');
    }
    return "malformed JSON";
  }

  private static String mappingProblem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown field";
    }
    if (e instanceof MismatchedInputException) {
      String original = String.valueOf(e.getOriginalMessage());
      if (original.startsWith("Trailing token")) {
        return "unexpected content after the JSON value";
      }
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      return target == null ? "value of the wrong JSON type"
          : "value does not fit the expected type " + target.getSimpleName();
    }
    return "invalid value";
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }

  private static int column(JsonLocation location) {
    return location == null ? 0 : location.getColumnNr();
  }
}
