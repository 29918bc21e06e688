package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.privacy.Canaries;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.Leaves;
import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/**
 * Deny by default: an unclassified path is sensitive and no restricted view shows it; a
 * recipient gets only the paths on its allow-list; a viewer gets only the views its roles allow.
 */
class DenyByDefaultProperties {
  private static final List<String> GRANTABLE = DataDictionary.standard().entries().stream()
      .filter(e -> e.category() != Category.SENSITIVE && e.kind() != FieldKind.CUSTOMER_KEY)
      .map(FieldEntry::path)
      .filter(p -> !p.startsWith(DataDictionary.DERIVED))
      .toList();

  @Provide
  Arbitrary<String> unknownPaths() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> "customer." + s + ".x")
        .filter(p -> !DataDictionary.standard().isClassified(p));
  }

  @Property
  void anUnclassifiedPathIsSensitive(@ForAll("unknownPaths") String path) {
    assertEquals(Category.SENSITIVE, DataDictionary.standard().categoryOf(path));
  }

  @Provide
  Arbitrary<String> attributeKeys() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20).map(s -> "u" + s);
  }

  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return CrmArbitraries.customerProfiles().map(p -> Canaries.grant(p, "random-recipient", Fixtures.NOW));
  }

  @Property(tries = 60)
  void anUnclassifiedAttributeAppearsInNoRestrictedView(@ForAll("profiles") CustomerProfile p,
      @ForAll("attributeKeys") String key) {
    CustomerProfile q = new CustomerProfile(
        p.customer().toBuilder().attribute(key, AttributeValue.ofText("v")).build(), p.interactions(), p.consentEvents());
    PrivacyGateway gateway = ViewFixtures.gateway();
    for (ViewSpec view : ViewFixtures.RESTRICTED) {
      for (ProfileView v : gateway.read(Fixtures.OFFICER, view, List.of(q))) {
        assertFalse(Leaves.ofView(v).containsKey(DataDictionary.ATTRIBUTES + key), view.name());
      }
    }
  }

  @Provide
  Arbitrary<Set<String>> allowLists() {
    return Arbitraries.of(GRANTABLE).set().ofMaxSize(12);
  }

  @Provide
  Arbitrary<FieldTransform> transforms() {
    return Arbitraries.of(FieldTransform.keep(), FieldTransform.mask(), FieldTransform.generalise(),
        FieldTransform.pseudonymise(), FieldTransform.maskKeeping(1, 1));
  }

  @Property(tries = 60)
  void aRecipientGetsOnlyItsAllowList(@ForAll("profiles") CustomerProfile p, @ForAll("allowLists") Set<String> paths,
      @ForAll("transforms") FieldTransform transform) {
    RecipientPolicy policy = RecipientPolicy.of("random-recipient");
    for (String path : paths) {
      policy = policy.with(path, transform);
    }
    PrivacyGateway gateway = PrivacyGateway.builder(Fixtures.KEYS, Fixtures.CLOCK).recipient(policy).build();

    for (ProfileView v : gateway.read(Fixtures.DISCLOSER, ViewSpec.selective("random-recipient"), List.of(p))) {
      Set<String> shown = new HashSet<>(Leaves.ofView(v).keySet());
      shown.removeAll(paths);
      assertEquals(Set.of(), shown);
    }
  }

  @Provide
  Arbitrary<Set<String>> roleSets() {
    return Arbitraries.of("user", "analyst", "disclosure", "privacy-officer", "guest", "admin").set();
  }

  @Provide
  Arbitrary<ViewSpec> views() {
    return Arbitraries.of(ViewSpec.standard(), ViewSpec.personal(), ViewSpec.anonymous(),
        ViewSpec.optOut(org.crmkit.core.consent.Purpose.DIRECT_MARKETING), ViewSpec.selective(ViewFixtures.RECIPIENT));
  }

  @Property(tries = 200)
  void aViewerGetsAViewOnlyIfOneOfItsRolesAllowsIt(@ForAll("roleSets") Set<String> roles, @ForAll("views") ViewSpec view) {
    PrivacyGateway gateway = ViewFixtures.gateway();
    Viewer viewer = new Viewer("app", "u1", roles, "test");
    boolean allowed = roles.stream().anyMatch(r -> AccessPolicy.defaults().grants().getOrDefault(r, Set.of())
        .contains(view.kind()));

    if (allowed) {
      gateway.read(viewer, view, List.of(Fixtures.duanProfile()));
    } else {
      assertThrows(AccessDeniedException.class, () -> gateway.read(viewer, view, List.of(Fixtures.duanProfile())));
    }
    assertTrue(!allowed || !view.kind().equals(ViewKind.PERSONAL) || roles.contains(AccessPolicy.PRIVACY_OFFICER));
  }
}
