package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Checks of staff ids (actors) used in this package. */
final class Tokens {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:@/-]{1,64}");

  private Tokens() {}

  static String actor(String field, String value) {
    requireNonNull(value, field);
    checkArgument(TOKEN.matcher(value).matches(),
        "%s must be 1..64 characters of [A-Za-z0-9._:@/-] but was %s characters", field, value.length());
    return value;
  }
}
