package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.privacy.Canaries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.Leaves;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;

/**
 * Non-disclosure: no value of a field that a view does not grant appears in that view's output,
 * not even 4 characters of a sensitive or free-text value; changing what a view does not grant
 * does not change the view.
 */
class NonDisclosureProperties {
  /** Labels made by generalisation: bands, age bands, years and months. */
  private static final java.util.regex.Pattern GENERALISED =
      java.util.regex.Pattern.compile("[\\[(][-0-9.]*,[-0-9.]*[)\\]]|\\d+-\\d+|\\d{4}(-\\d{2})?|0");
  private final PrivacyGateway gateway = ViewFixtures.gateway();
  private final DataDictionary dictionary = Fixtures.dictionary();

  @Provide
  Arbitrary<Canaries.Planted> planted() {
    return Canaries.planted(ViewFixtures.RECIPIENT, Fixtures.NOW);
  }

  @Provide
  Arbitrary<ViewSpec> restricted() {
    return Arbitraries.of(ViewFixtures.RESTRICTED);
  }

  private List<ProfileView> read(ViewSpec view, Canaries.Planted p) {
    return gateway.read(Fixtures.OFFICER, view, List.of(p.profile()));
  }

  @Property(tries = 100)
  void noFourCharactersOfASensitiveOrFreeTextValueAppear(@ForAll("planted") Canaries.Planted p,
      @ForAll("restricted") ViewSpec view) {
    for (ProfileView v : read(view, p)) {
      for (String text : Leaves.texts(v)) {
        for (String canary : p.canaries()) {
          for (int i = 0; i + 4 <= canary.length(); i++) {
            String gram = canary.substring(i, i + 4);
            assertFalse(text.contains(gram), () -> view.name() + " shows part of a canary");
          }
        }
      }
    }
  }

  @Property(tries = 30)
  void thePersonalViewShowsTheCanaries(@ForAll("planted") Canaries.Planted p) {
    List<String> texts = Leaves.texts(read(ViewSpec.personal(), p).get(0));
    for (String canary : p.canaries().subList(0, 5)) {
      assertTrue(texts.contains(canary), "the personal view must show what the others hide");
    }
  }

  @Property(tries = 100)
  void noIdentifyingValueOfAFieldTheViewDoesNotShowInClearAppears(@ForAll("planted") Canaries.Planted p,
      @ForAll("restricted") ViewSpec view) {
    Map<String, List<String>> model = Leaves.ofProfile(p.profile());
    List<String> clear = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    List<Integer> minimum = new ArrayList<>();
    List<String> hiddenPaths = new ArrayList<>();
    model.forEach((path, values) -> {
      FieldEntry e = dictionary.lookup(path);
      if (ViewFixtures.clear(view, e, path)) {
        clear.addAll(values);
      } else if (ViewFixtures.identifying(e)) {
        // Names are short (段誉); other values need 4 code points to mean anything.
        int min = e.kind() == FieldKind.PERSON_NAME ? 2 : 4;
        for (String value : values) {
          hidden.add(value);
          minimum.add(min);
          hiddenPaths.add(path);
          if (e.kind() == FieldKind.PHONE) {
            hidden.add(new PhoneNumber(value).nationalNumber());
            minimum.add(min);
            hiddenPaths.add(path);
          }
        }
      }
    });
    for (ProfileView v : read(view, p)) {
      Map<String, List<String>> shown = Leaves.ofView(v);
      shown.put("subject", List.of(v.subject()));
      for (int i = 0; i < hidden.size(); i++) {
        String value = hidden.get(i);
        if (value.codePointCount(0, value.length()) < minimum.get(i) || clear.stream().anyMatch(c -> c.contains(value))) {
          continue; // too short to mean anything, or also shown in clear by a field the view grants
        }
        // A short number (a postal code) can coincide with a band's round bounds (up to the
        // 7-digit 1000000) or a birth year.
        boolean shortNumber = value.matches("\\d{1,7}");
        String from = hiddenPaths.get(i);
        shown.forEach((at, texts) -> {
          for (String text : texts) {
            if (shortNumber && GENERALISED.matcher(text).matches()) {
              continue;
            }
            // The shown field's own value can hold the same digits (a phone +861079999999
            // masked to +86******9999 and an id number 9999): what shows is then its own part.
            if (model.getOrDefault(at, List.of()).stream().anyMatch(own -> own.contains(value))) {
              continue;
            }
            assertFalse(text.contains(value), () -> view.name() + " shows the value of " + from + " at " + at);
          }
        });
      }
    }
  }

  @Property(tries = 50)
  void changingWhatTheViewDoesNotGrantDoesNotChangeTheView(@ForAll("planted") Canaries.Planted p,
      @ForAll("restricted") ViewSpec view, @ForAll("otherCanaries") List<String> others) {
    Canaries.Planted q = Canaries.plant(p.profile(), others);

    assertEquals(plain(read(view, p)), plain(read(view, q)), view.name());
  }

  @Provide
  Arbitrary<List<String>> otherCanaries() {
    return Canaries.canary().list().ofSize(16);
  }

  private static List<Map<String, Object>> plain(List<ProfileView> views) {
    return views.stream().map(ProfileView::toPlain).toList();
  }
}
