package org.crmkit.scoring.tier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DowngradeRuleProperties {

  @Property
  void afterIsMonotoneInHeldAndQualifiedExceptToBase(@ForAll DowngradeMode mode, @ForAll @IntRange(max = 6) int held,
      @ForAll @IntRange(max = 6) int qualified, @ForAll @IntRange(max = 1) int moreHeld,
      @ForAll @IntRange(max = 1) int moreQualified) {
    DowngradeRule rule = DowngradeRule.of(mode);
    int base = rule.after(held, qualified);
    assertTrue(rule.after(held, qualified + moreQualified) >= base, "monotone in qualified");
    if (mode != DowngradeMode.TO_BASE) {
      assertTrue(rule.after(held + moreHeld, qualified) >= base, "monotone in held");
    }
  }

  @Property
  void afterNeverGoesBelowQualifiedExceptToBase(@ForAll DowngradeMode mode, @ForAll @IntRange(max = 6) int held,
      @ForAll @IntRange(max = 6) int qualified) {
    int after = DowngradeRule.of(mode).after(held, qualified);
    assertTrue(after <= Math.max(held, qualified));
    if (mode != DowngradeMode.TO_BASE || qualified >= held) {
      assertTrue(after >= qualified);
    }
  }
}
