package org.crmkit.core.dedup;

/** Why two customers look like the same one (重复信息). */
public enum MatchReason {
  /** They share a phone number (after normalisation to E.164). */
  SAME_PHONE,
  /** They share an e-mail address (case-insensitive). */
  SAME_EMAIL,
  /** Their names fold to the same key (case, width, whitespace ignored) and they are in the same region. */
  SAME_NAME_AND_REGION;

  /** Returns a short human explanation, without any personal value. */
  public String explanation() {
    switch (this) {
      case SAME_PHONE:
        return "same phone number";
      case SAME_EMAIL:
        return "same e-mail address";
      case SAME_NAME_AND_REGION:
        return "same name in the same region";
      default:
        throw new AssertionError(this);
    }
  }
}
