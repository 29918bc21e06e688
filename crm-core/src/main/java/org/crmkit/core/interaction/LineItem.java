package org.crmkit.core.interaction;

import static com.google.common.base.Preconditions.checkArgument;

import org.crmkit.core.Money;

/**
 * One line of an order: product, quantity and unit price. Immutable.
 *
 * @param sku the product code, 1..64 characters of {@code [A-Za-z0-9._:/-]}
 * @param quantity how many, at least 1
 * @param unitPrice the price of one, not negative
 */
public record LineItem(String sku, int quantity, Money unitPrice) {

  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException if the sku is malformed, the quantity below 1 or the price negative
   */
  public LineItem {
    Checks.reference("sku", sku);
    checkArgument(quantity >= 1, "quantity must be >= 1 but was %s", quantity);
    Checks.notNegative("unitPrice", unitPrice);
  }

  /** Returns quantity × unit price. */
  public Money total() {
    return new Money(unitPrice.amount().multiply(java.math.BigDecimal.valueOf(quantity)), unitPrice.currency());
  }
}
