package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.Leaves;
import org.crmkit.privacy.view.ViewSpec;

/** The personal view shows every field of the model as it is: nothing is lost or altered. */
class PersonalViewProperties {
  private final PrivacyGateway gateway = ViewFixtures.gateway();

  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return CrmArbitraries.customerProfiles();
  }

  @Property(tries = 60)
  void personalViewShowsEveryFieldAsItIs(@ForAll("profiles") CustomerProfile p) {
    Map<String, List<String>> view = Leaves.ofView(gateway.read(Fixtures.OFFICER, ViewSpec.personal(), p).orElseThrow());

    assertEquals(sorted(Leaves.ofProfile(p)), sorted(view));
  }

  private static Map<String, List<String>> sorted(Map<String, List<String>> m) {
    Map<String, List<String>> out = new TreeMap<>();
    m.forEach((k, v) -> {
      List<String> s = new ArrayList<>(v);
      s.sort(null);
      out.put(k, s);
    });
    return out;
  }
}
