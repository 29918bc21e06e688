package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rung of a tier ladder (客户级别): its id, display name, rule and benefits. Immutable.
 *
 * @param id the stable id, {@code [a-z][a-z0-9_-]{0,31}}, for example {@code gold}
 * @param name the display name, 1..64 characters, for example {@code Gold} or {@code 黄金}
 * @param rule what qualifies for the tier
 * @param benefits what the tier gives
 */
public record Tier(String id, String name, TierRule rule, List<Benefit> benefits) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /**
   * Validates the tier.
   *
   * @throws IllegalArgumentException if the id is malformed or the name blank or too long
   */
  public Tier {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(rule, "rule");
    checkArgument(ID.matcher(id).matches(), "tier id must match [a-z][a-z0-9_-]{0,31} but was '%s'", id);
    name = name.strip();
    checkArgument(!name.isEmpty() && name.length() <= 64,
        "tier name must be 1..64 characters but was %s characters", name.length());
    benefits = List.copyOf(benefits);
  }

  /**
   * Returns a tier.
   *
   * @param id the id
   * @param name the display name
   * @param rule what qualifies
   * @param benefits what it gives
   * @return the tier
   */
  public static Tier of(String id, String name, TierRule rule, Benefit... benefits) {
    return new Tier(id, name, rule, List.of(benefits));
  }

  /**
   * Returns a copy with another rule.
   *
   * @param newRule the rule
   * @return the copy
   */
  public Tier withRule(TierRule newRule) {
    return new Tier(id, name, newRule, benefits);
  }
}
