package org.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed, with the domain in lower case. Immutable.
 *
 * <p>The local part keeps its case (RFC 5321 allows case-sensitive mailboxes) but {@link
 * #matchKey()} folds it, since practically every provider treats it case-insensitively.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) implements ContactPoint {
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  /**
   * Validates and normalises the address.
   *
   * @throws IllegalArgumentException if it is not {@code local@domain} with a dotted domain
   */
  public EmailAddress {
    requireNonNull(value, "value");
    value = value.strip();
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      throw new IllegalArgumentException(
          "email must be local@domain but was " + value.length() + " characters without a usable '@'");
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
    if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
        || local.contains("..")) {
      throw new IllegalArgumentException(
          "email local part must be 1..64 characters of letters, digits and !#$%&'*+/=?^_`{|}~.-"
              + " without leading, trailing or double dots but was " + local.length() + " characters");
    }
    if (!DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException(
          "email domain must be dotted labels of letters, digits and hyphens ending in a"
              + " top-level domain but was " + domain.length() + " characters");
    }
    value = local + "@" + domain;
  }

  /**
   * Reads an address.
   *
   * @param text the address
   * @return the normalised address
   * @throws IllegalArgumentException if the text is not a valid address
   */
  public static EmailAddress parse(CharSequence text) {
    requireNonNull(text, "text");
    return new EmailAddress(text.toString());
  }

  /** Returns the part before the {@code @}. */
  public String localPart() {
    return value.substring(0, value.lastIndexOf('@'));
  }

  /** Returns the lower-case domain. */
  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  @Override
  public String matchKey() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "EmailAddress[redacted]";
  }
}
