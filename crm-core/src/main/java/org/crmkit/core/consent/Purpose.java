package org.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A purpose that personal data may be processed for, and what holds when the customer was never
 * asked. Immutable.
 *
 * <p>The four purposes of seed 000 are predefined. Two are <em>opt-in</em> and denied until the
 * customer grants them: {@link #THIRD_PARTY_DISCLOSURE} and {@link #SENSITIVE_DATA_USE} (PIPL
 * art. 23 and 29 require separate consent). The other two are <em>opt-out</em> (选退) and allowed
 * until the customer objects: {@link #DIRECT_MARKETING} and {@link #AUTOMATED_DECISION} (PIPL art.
 * 24 gives the right to refuse). Hosts add their own with {@link #optIn} or {@link #optOut}.
 *
 * @param code the purpose code, {@code [a-z][a-z0-9-]{0,63}}
 * @param requiresOptIn true if the purpose is denied until granted, false if allowed until opted out
 */
public record Purpose(String code, boolean requiresOptIn) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /** Direct marketing (直接营销); opt-out. */
  public static final Purpose DIRECT_MARKETING = new Purpose("direct-marketing", false);
  /** Disclosure to third parties (向第三方披露); opt-in. */
  public static final Purpose THIRD_PARTY_DISCLOSURE = new Purpose("third-party-disclosure", true);
  /** Automated decisions and profiling (自动决策), such as churn scores; opt-out. */
  public static final Purpose AUTOMATED_DECISION = new Purpose("automated-decision", false);
  /** Use of sensitive personal data (敏感数据的使用); opt-in. */
  public static final Purpose SENSITIVE_DATA_USE = new Purpose("sensitive-data-use", true);

  /** The four predefined purposes. */
  public static final List<Purpose> PREDEFINED =
      List.of(DIRECT_MARKETING, THIRD_PARTY_DISCLOSURE, AUTOMATED_DECISION, SENSITIVE_DATA_USE);

  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if the code is malformed, or a predefined code is given the
   *     other default
   */
  public Purpose {
    requireNonNull(code, "code");
    checkArgument(CODE.matcher(code).matches(),
        "purpose code must match [a-z][a-z0-9-]{0,63} but was '%s'", code);
    for (Purpose p : predefinedOrEmpty()) {
      checkArgument(!p.code.equals(code) || p.requiresOptIn == requiresOptIn,
          "purpose %s must have requiresOptIn=%s but was %s", code, p.requiresOptIn, requiresOptIn);
    }
  }

  // PREDEFINED is null while the constants themselves are being built.
  private static List<Purpose> predefinedOrEmpty() {
    return PREDEFINED == null ? List.of() : PREDEFINED;
  }

  /**
   * Returns a host purpose that is denied until granted.
   *
   * @param code the code
   * @return the purpose
   */
  public static Purpose optIn(String code) {
    return new Purpose(code, true);
  }

  /**
   * Returns a host purpose that is allowed until opted out.
   *
   * @param code the code
   * @return the purpose
   */
  public static Purpose optOut(String code) {
    return new Purpose(code, false);
  }

  /**
   * Returns the purpose for a code: a predefined one if the code is predefined, otherwise an
   * opt-in host purpose (deny by default for purposes we do not know).
   *
   * @param code the code
   * @return the purpose
   */
  public static Purpose of(String code) {
    requireNonNull(code, "code");
    for (Purpose p : PREDEFINED) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    return optIn(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
