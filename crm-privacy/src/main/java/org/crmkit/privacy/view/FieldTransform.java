package org.crmkit.privacy.view;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a view does to one field: show it, mask it, generalise it, replace it by a keyed
 * pseudonym, or leave it out. Used by {@link RecipientPolicy} for the per-field transforms of a
 * selective view; the other views derive theirs from the data dictionary. Implementations are
 * immutable records.
 *
 * <p>{@link Mask} and {@link Generalise} pick the operator from the field's {@link
 * org.crmkit.privacy.dictionary.FieldKind} (a phone keeps 3 + 4 digits, a birth date becomes its
 * year, a region loses its city...); a field whose kind has no such operator is left out.
 */
public sealed interface FieldTransform {

  /** Returns the transform that shows the value in clear. */
  static FieldTransform keep() {
    return new Keep();
  }

  /** Returns the transform that masks the value by its kind. */
  static FieldTransform mask() {
    return new Mask();
  }

  /**
   * Returns the transform that keeps the first and last code points of the text and masks the
   * rest (fully when the text is no longer than {@code first + last}).
   *
   * @param first leading code points kept, at least 0
   * @param last trailing code points kept, at least 0
   * @return the transform
   * @throws IllegalArgumentException if either count is negative
   */
  static FieldTransform maskKeeping(int first, int last) {
    return new MaskKeeping(first, last);
  }

  /** Returns the transform that generalises the value by its kind. */
  static FieldTransform generalise() {
    return new Generalise();
  }

  /** Returns the transform that replaces the value by its keyed pseudonym. */
  static FieldTransform pseudonymise() {
    return new Pseudonymise();
  }

  /** Returns the transform that leaves the field out. */
  static FieldTransform redact() {
    return new Redact();
  }

  /** Shows the value in clear. */
  record Keep() implements FieldTransform {}

  /** Masks the value by its kind. */
  record Mask() implements FieldTransform {}

  /**
   * Keeps the first and last code points of the value's text.
   *
   * @param first leading code points kept
   * @param last trailing code points kept
   */
  record MaskKeeping(int first, int last) implements FieldTransform {
    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if either count is negative
     */
    public MaskKeeping {
      checkArgument(first >= 0, "first must be >= 0 but was %s", first);
      checkArgument(last >= 0, "last must be >= 0 but was %s", last);
    }
  }

  /** Generalises the value by its kind. */
  record Generalise() implements FieldTransform {}

  /** Replaces the value by its keyed pseudonym, keyed per view and recipient. */
  record Pseudonymise() implements FieldTransform {}

  /** Leaves the field out. */
  record Redact() implements FieldTransform {}
}
