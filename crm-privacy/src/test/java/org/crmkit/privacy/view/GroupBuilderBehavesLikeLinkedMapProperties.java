package org.crmkit.privacy.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A {@link ViewValue.Group.Builder} keeps fields as a {@link LinkedHashMap} does: first-put order,
 * a repeated name replaces its value in place, groups built earlier do not change when the
 * builder goes on, and a cleared builder builds as a new one does. Names are drawn from a small alphabet (and from strings with equal hash codes)
 * so that repeats and hash collisions are frequent.
 */
class GroupBuilderBehavesLikeLinkedMapProperties {

  @Property(tries = 500)
  void builtGroupEqualsLinkedMapOfTheSamePuts(@ForAll("puts") List<String> earlier,
      @ForAll("puts") List<String> names, @ForAll @IntRange(min = 0, max = 40) int buildAt) {
    ViewValue.Group.Builder b = ViewValue.Group.builder();
    for (String name : earlier) {
      b.put(name, new ViewValue.Text("earlier"));
    }
    ViewValue.Group before = b.build();
    b.clear();
    Map<String, ViewValue> reference = new LinkedHashMap<>();
    ViewValue.Group early = null;
    Map<String, ViewValue> earlyReference = null;
    for (int i = 0; i < names.size(); i++) {
      if (i == buildAt) {
        early = b.build();
        earlyReference = new LinkedHashMap<>(reference);
      }
      ViewValue v = new ViewValue.Text("v" + i);
      b.put(names.get(i), v);
      reference.put(names.get(i), v);
    }
    assertEquals(new ArrayList<>(reference.entrySet()), new ArrayList<>(b.build().fields().entrySet()));
    assertEquals(reference, b.build().fields());
    assertEquals(earlier.stream().distinct().toList(), new ArrayList<>(before.fields().keySet()));
    if (early != null) {
      assertEquals(new ArrayList<>(earlyReference.entrySet()), new ArrayList<>(early.fields().entrySet()));
    }
  }

  @Provide
  Arbitrary<List<String>> puts() {
    // "Aa" and "BB" have the same hash code, as do "AaAa", "BBBB", "AaBB" and "BBAa".
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3));
    return names.list().ofMaxSize(60);
  }

  @Example
  void build_noPuts_returnsTheSharedEmptyGroup() {
    assertSame(ViewValue.Group.empty(), ViewValue.Group.builder().build());
    assertSame(ViewValue.Group.empty(), ViewValue.Group.builder().put("a", new ViewValue.Flag(true)).clear().build());
  }
}
