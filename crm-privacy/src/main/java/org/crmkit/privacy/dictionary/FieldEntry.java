package org.crmkit.privacy.dictionary;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One line of the data dictionary: a field path, its category and its kind. Immutable.
 *
 * <p>A path is the dotted path of the field in the export format, record component names as
 * segments, {@code []} after a segment whose value is an array, for example {@code
 * interactions[].content} or {@code customer.contactPoints[].e164}. A map key is a segment of its
 * own ({@code customer.attributes.vip_level}); {@code *} stands for any key.
 *
 * @param path the dotted path
 * @param category the privacy category
 * @param kind what the field holds
 */
public record FieldEntry(String path, Category category, FieldKind kind) {
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\[\\])?(\\.([A-Za-z0-9_-][A-Za-z0-9_.-]*|\\*)(\\[\\])?)*");

  /**
   * Validates the entry.
   *
   * @throws IllegalArgumentException if the path is not a dotted path
   */
  public FieldEntry {
    requireNonNull(path, "path");
    requireNonNull(category, "category");
    requireNonNull(kind, "kind");
    checkArgument(isPath(path),
        "path must be a dotted path of at most 300 characters but was '%s'", path);
  }

  /**
   * Returns whether text is a well-formed dotted path.
   *
   * @param path the text
   * @return whether it is a path
   */
  public static boolean isPath(String path) {
    requireNonNull(path, "path");
    return path.length() <= 300 && PATH.matcher(path).matches();
  }

  /**
   * Returns an entry.
   *
   * @param path the path
   * @param category the category
   * @param kind the kind
   * @return the entry
   */
  public static FieldEntry of(String path, Category category, FieldKind kind) {
    return new FieldEntry(path, category, kind);
  }
}
