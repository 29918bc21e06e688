package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An identity document number (证件号码): identity data, never shown unmasked outside the
 * privacy officer's view. Immutable; {@code toString()} is redacted.
 *
 * <p>Chinese resident identity numbers (GB 11643) are 17 digits and a check character, verified
 * with the ISO 7064 MOD 11-2 checksum; a lower-case {@code x} is upper-cased. Other kinds accept
 * 4..30 letters, digits and hyphens.
 *
 * @param kind what document the number belongs to
 * @param number the number, normalised
 */
public record IdDocument(Kind kind, String number) {
  private static final Pattern CN_RESIDENT = Pattern.compile("[1-9][0-9]{16}[0-9X]");
  private static final Pattern OTHER = Pattern.compile("[A-Z0-9-]{4,30}");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  /** Kinds of identity document. */
  public enum Kind {
    /** Chinese resident identity card (居民身份证), 18 characters with checksum. */
    CN_RESIDENT_ID,
    /** Passport. */
    PASSPORT,
    /** Business licence / unified social credit code of an organisation. */
    BUSINESS_LICENSE,
    /** Any other document. */
    OTHER
  }

  /**
   * Validates and normalises the number.
   *
   * @throws IllegalArgumentException if the number does not fit its kind or its checksum fails
   */
  public IdDocument {
    requireNonNull(kind, "kind");
    requireNonNull(number, "number");
    number = number.strip().toUpperCase(Locale.ROOT);
    if (kind == Kind.CN_RESIDENT_ID) {
      checkArgument(CN_RESIDENT.matcher(number).matches(),
          "resident id number must be 17 digits and a check digit or X but was %s characters", number.length());
      checkArgument(number.charAt(17) == checkCharacter(number),
          "resident id number must pass the ISO 7064 MOD 11-2 check but did not");
    } else {
      checkArgument(OTHER.matcher(number).matches(),
          "document number must be 4..30 letters, digits or hyphens but was %s characters", number.length());
    }
  }

  private static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /**
   * Returns a document.
   *
   * @param kind the kind
   * @param number the number
   * @return the document
   */
  public static IdDocument of(Kind kind, String number) {
    return new IdDocument(kind, number);
  }

  @Override
  public String toString() {
    return "IdDocument[kind=" + kind + ", redacted]";
  }
}
