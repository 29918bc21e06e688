package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.io.BaseEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.Leaves;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;
import org.junit.jupiter.api.Test;

/** No key, in any encoding, appears in a view, a log entry or a toString. */
class KeyHygieneTest {
  @Test
  void keys_appearInNoOutputLogOrToString() {
    PrivacyGateway gateway = ViewFixtures.gateway();
    List<String> out = new ArrayList<>();
    for (ViewSpec v : List.of(ViewSpec.standard(), ViewSpec.anonymous(), ViewSpec.personal())) {
      for (ProfileView p : gateway.read(Fixtures.OFFICER, v, List.of(Fixtures.duanProfile()))) {
        out.addAll(Leaves.texts(p));
        out.add(p.toString());
      }
    }
    for (AccessLogEntry e : gateway.accessLog().entries()) {
      out.add(e.toString());
    }
    out.add(gateway.toString());
    out.add(Fixtures.KEYS.toString());

    List<String> encodings = new ArrayList<>();
    for (byte[] key : List.of(Fixtures.MASTER_KEY, Fixtures.KEYS.key("view:anonymous"))) {
      encodings.add(new String(key, StandardCharsets.ISO_8859_1));
      encodings.add(BaseEncoding.base16().lowerCase().encode(key));
      encodings.add(BaseEncoding.base16().encode(key));
      encodings.add(Base64.getEncoder().encodeToString(key));
    }
    for (String s : out) {
      for (String k : encodings) {
        assertFalse(s.contains(k.substring(0, 12)), "a key leaked");
      }
    }
  }
}
