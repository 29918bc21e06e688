package org.crmkit.privacy.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewValuePlainTest {
  private final ViewValue.Group group = ViewValue.Group.builder()
      .put("name", new ViewValue.Text("段**"))
      .put("version", new ViewValue.Number(BigDecimal.ONE))
      .put("tags", new ViewValue.Items(List.of(new ViewValue.Text("a"), new ViewValue.Flag(true))))
      .build();

  @Test
  void toPlain_group_isTheMapOfPlainValuesInFieldOrder() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("name", "段**");
    expected.put("version", BigDecimal.ONE);
    expected.put("tags", List.of("a", true));

    Map<?, ?> plain = (Map<?, ?>) group.toPlain();

    assertEquals(expected, plain);
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(plain.keySet()));
    assertEquals(expected.hashCode(), plain.hashCode());
  }

  @Test
  @SuppressWarnings("unchecked")
  void toPlain_group_cannotBeModified() {
    Map<String, Object> plain = (Map<String, Object>) group.toPlain();
    List<Object> tags = (List<Object>) plain.get("tags");

    assertThrows(UnsupportedOperationException.class, () -> plain.put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> plain.keySet().remove("name"));
    assertThrows(UnsupportedOperationException.class, () -> tags.add("z"));
  }
}
