package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;


/**
 * Fixes the exact output of every view for the fixture customers and a few generated ones: the
 * serialised {@link ProfileView#toPlain()} (types included: text is quoted, numbers keep their
 * scale) and the subject must equal the recorded file byte for byte. The file was written from
 * the engine before its speed-ups, so any change of an output byte fails here. To re-record after
 * a deliberate output change, run with {@code -Dcrmkit.golden.write=DIR}.
 */
class ViewOutputGoldenTest {
  private static final String RESOURCE = "view-output-golden.txt";
  private static final List<ViewSpec> VIEWS = List.of(ViewSpec.standard(), ViewSpec.personal(),
      ViewSpec.anonymous(), ViewSpec.optOut(Purpose.DIRECT_MARKETING), ViewSpec.optOut(Purpose.AUTOMATED_DECISION),
      ViewSpec.selective(ViewFixtures.RECIPIENT));

  @Example
  void read_fixtureAndGeneratedCustomers_outputIsUnchanged() throws IOException {
    String actual = render();
    String dir = System.getProperty("crmkit.golden.write");
    if (dir != null) {
      Files.writeString(Path.of(dir, RESOURCE), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = ViewOutputGoldenTest.class.getResourceAsStream(RESOURCE)) {
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual);
    }
  }

  private static String render() {
    List<CustomerProfile> profiles = new ArrayList<>();
    profiles.add(Fixtures.duanProfile(
        Fixtures.event("e-1", Fixtures.duanZhengchun().id(), Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED,
            Fixtures.T0, ViewFixtures.RECIPIENT),
        Fixtures.event("e-2", Fixtures.duanZhengchun().id(), Purpose.AUTOMATED_DECISION, ConsentStatus.GRANTED,
            Fixtures.T0)));
    profiles.add(Fixtures.liLei());
    Arbitrary<CustomerProfile> arbitrary = CrmArbitraries.customerProfiles();
    RandomGenerator<CustomerProfile> generator = arbitrary.generator(100);
    Random random = new Random(20260630L);
    for (int i = 0; i < 12; i++) {
      profiles.add(generator.next(random).value());
    }
    PrivacyGateway gateway = ViewFixtures.gateway();
    Map<String, AttributeValue> derived = Map.of("churn_score", AttributeValue.ofDecimal(new BigDecimal("0.42")),
        "unknown_metric", AttributeValue.ofText("x-17"));
    StringBuilder sb = new StringBuilder();
    for (ViewSpec view : VIEWS) {
      for (ProfileView v : gateway.read(Fixtures.OFFICER, view, profiles, id -> derived)) {
        sb.append(view.name()).append(' ');
        string(sb, v.subject());
        sb.append(' ');
        write(sb, v.toPlain());
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object o) {
    if (o instanceof String) {
      string(sb, (String) o);
    } else if (o instanceof BigDecimal) {
      sb.append("n:").append(o);
    } else if (o instanceof Boolean) {
      sb.append(o);
    } else if (o instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, (String) e.getKey());
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (o instanceof List) {
      sb.append('[');
      boolean first = true;
      for (Object x : (List<?>) o) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, x);
      }
      sb.append(']');
    } else {
      throw new AssertionError("unexpected plain type " + o.getClass().getName());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
