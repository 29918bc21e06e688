package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.crmkit.core.interaction.Fixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.Money;
import org.junit.jupiter.api.Test;

class PurchaseTest {

  private static Purchase purchase(String orderId, Money amount, List<LineItem> items) {
    return new Purchase(ID, CUSTOMER, T0, Channel.WEB, orderId, amount, items, PaymentStatus.PENDING, DeliveryStatus.PENDING);
  }

  @Test
  void new_itemInAnotherCurrency_failsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> purchase("O-1", cny("10"), List.of(new LineItem("S-1", 1, Money.of("10", "USD")))));
    assertEquals("item currency must be CNY but was USD", e.getMessage());
  }

  @Test
  void new_negativeAmount_throws() {
    assertThrows(IllegalArgumentException.class, () -> purchase("O-1", cny("-0.01"), List.of()));
  }

  @Test
  void new_malformedOrderId_throws() {
    assertThrows(IllegalArgumentException.class, () -> purchase("order 1", cny("1"), List.of()));
  }

  @Test
  void new_copiesItems() {
    List<LineItem> items = new ArrayList<>(List.of(new LineItem("S-1", 2, cny("5"))));
    Purchase p = purchase("O-1", cny("10"), items);
    items.clear();
    assertEquals(1, p.items().size());
  }

  @Test
  void lineItem_rulesAndTotal() {
    assertThrows(IllegalArgumentException.class, () -> new LineItem("S-1", 0, cny("1")));
    assertThrows(IllegalArgumentException.class, () -> new LineItem("S-1", 1, cny("-1")));
    assertThrows(IllegalArgumentException.class, () -> new LineItem("S 1", 1, cny("1")));
    assertEquals(cny("29.97"), new LineItem("S-1", 3, cny("9.99")).total());
  }
}
