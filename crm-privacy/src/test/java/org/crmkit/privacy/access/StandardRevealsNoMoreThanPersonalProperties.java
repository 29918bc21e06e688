package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.Leaves;
import org.crmkit.privacy.view.ViewSpec;

/**
 * The standard view reveals no more than the personal view: every field it shows, the personal
 * view shows too, and each standard value is the personal value, a mask of it, or a
 * generalisation that contains it.
 */
class StandardRevealsNoMoreThanPersonalProperties {
  private static final Pattern BAND = Pattern.compile("([\\[(])(-?[0-9.]*),(-?[0-9.]*)([)\\]])");
  private static final Pattern AGE = Pattern.compile("(\\d+)-(\\d+)");
  private final PrivacyGateway gateway = ViewFixtures.gateway();

  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return CrmArbitraries.customerProfiles();
  }

  @Property(tries = 80)
  void standardRevealsNoMoreThanPersonal(@ForAll("profiles") CustomerProfile p) {
    Map<String, List<String>> standard = Leaves.ofView(gateway.read(Fixtures.USER, ViewSpec.standard(), p).orElseThrow());
    Map<String, List<String>> personal = Leaves.ofView(gateway.read(Fixtures.OFFICER, ViewSpec.personal(), p).orElseThrow());

    standard.forEach((path, values) -> {
      List<String> full = personal.getOrDefault(path, List.of());
      for (String s : values) {
        assertTrue(full.stream().anyMatch(f -> coarsens(s, f)), () -> path + " shows more than the personal view");
      }
    });
  }

  /** Whether {@code s} is {@code full}, a mask of it, or a generalisation containing it. */
  static boolean coarsens(String s, String full) {
    if (s.equals(full)) {
      return true;
    }
    if (s.indexOf('*') >= 0 && masks(s, full)) {
      return true;
    }
    if (s.matches("\\d{4}(-\\d{2})?") && full.startsWith(s + "-")) {
      return true; // a date to its year or month
    }
    if (full.startsWith(s + "/")) {
      return true; // a region to its parent
    }
    Matcher band = BAND.matcher(s);
    if (band.matches()) {
      BigDecimal v = new BigDecimal(full);
      boolean aboveLo = band.group(2).isEmpty()
          || (band.group(1).equals("[") ? v.compareTo(new BigDecimal(band.group(2))) >= 0
              : v.compareTo(new BigDecimal(band.group(2))) > 0);
      boolean belowHi = band.group(3).isEmpty()
          || (band.group(4).equals(")") ? v.compareTo(new BigDecimal(band.group(3))) < 0
              : v.compareTo(new BigDecimal(band.group(3))) <= 0);
      return aboveLo && belowHi;
    }
    Matcher age = AGE.matcher(s);
    if (age.matches() && full.matches("\\d+")) {
      int a = Integer.parseInt(full);
      return a >= Integer.parseInt(age.group(1)) && a <= Integer.parseInt(age.group(2));
    }
    return false;
  }

  /** {@code s}, with '*' for any code point, equals a suffix of {@code full} of its length. */
  private static boolean masks(String s, String full) {
    int[] a = s.codePoints().toArray();
    int[] b = full.codePoints().toArray();
    if (a.length > b.length) {
      return false;
    }
    int offset = b.length - a.length;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != '*' && a[i] != b[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Example
  void coarsens_recognisesMasksAndBandsAndRejectsOthers() {
    assertTrue(coarsens("180****1999", "+8618049531999"));
    assertTrue(coarsens("[100000,200000)", "150000"));
    assertTrue(!coarsens("[100000,200000)", "250000"));
    assertTrue(!coarsens("180****1998", "+8618049531999"));
  }
}
