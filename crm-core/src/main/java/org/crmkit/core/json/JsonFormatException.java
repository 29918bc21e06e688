package org.crmkit.core.json;

import static java.util.Objects.requireNonNull;

import org.crmkit.core.CrmException;

/**
 * A JSON document that is not valid crmkit JSON: malformed JSON, a missing or unknown field, a
 * value of the wrong JSON type, or a value the model's validation rejects. Names where the
 * problem is — {@link #line()}, {@link #column()} and the JSON path {@link #field()} — and what
 * is wrong, but never the offending value, which may be personal data.
 *
 * <p>The message reads {@code line 3, column 17, at profiles[0].customer.contactPoints[1]:
 * email domain must be ...}. Immutable.
 */
public final class JsonFormatException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String field;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line of the offending value, 0 if unknown
   * @param column the 1-based column (in characters) of the offending value, 0 if unknown
   * @param field the JSON path of the offending value, such as {@code profiles[3].customer.version};
   *     empty for the document itself
   * @param problem what is wrong, without the value
   * @param cause the validation failure behind it, or null
   */
  public JsonFormatException(int line, int column, String field, String problem, Throwable cause) {
    super(describe(line, column, requireNonNull(field, "field"), requireNonNull(problem, "problem")), cause);
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.field = field;
    this.problem = problem;
  }

  private static String describe(int line, int column, String field, String problem) {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append("line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(", ");
    }
    sb.append(field.isEmpty() ? "at document root" : "at " + field).append(": ").append(problem);
    return sb.toString();
  }

  /** Returns the 1-based line of the offending value, or 0 if the parser could not tell. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column of the offending value, or 0 if the parser could not tell. */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON path of the offending value, such as {@code
   * profiles[3].customer.contactPoints[0]}: field names joined by dots, array indexes in
   * brackets, field names that are not plain identifiers as {@code ["name"]}. Empty for the
   * document itself.
   */
  public String field() {
    return field;
  }

  /** Returns what is wrong, without location: the message minus the "line, column, at" prefix. */
  public String problem() {
    return problem;
  }
}
