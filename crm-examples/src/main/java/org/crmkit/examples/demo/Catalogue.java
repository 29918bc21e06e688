package org.crmkit.examples.demo;

import java.math.BigDecimal;

/** What the synthetic customers buy: consumer goods and services, and business products. */
final class Catalogue {
  /**
   * A product.
   *
   * @param sku the product code
   * @param price the unit price in CNY
   * @param service whether nothing is shipped
   */
  record Product(String sku, BigDecimal price, boolean service) {}

  static final Product[] CONSUMER = {
    product("SKU-PHONE-CASE", "39.90", false), product("SKU-EARBUDS", "299.00", false),
    product("SKU-TEA-GIFT", "168.00", false), product("SKU-SKINCARE-SET", "459.00", false),
    product("SKU-SMARTWATCH", "1299.00", false), product("SKU-BLENDER", "399.00", false),
    product("SKU-BACKPACK", "259.00", false), product("SKU-COFFEE-BEANS", "89.00", false),
    product("SKU-AIR-PURIFIER", "1899.00", false), product("SKU-RICE-COOKER", "529.00", false),
    product("SKU-MEMBERSHIP", "199.00", true), product("SKU-INSTALLATION", "80.00", true),
    product("SKU-EXTENDED-WARRANTY", "149.00", true),
  };
  static final Product[] BUSINESS = {
    product("SKU-LICENSE-STD", "12000.00", true), product("SKU-LICENSE-PRO", "36000.00", true),
    product("SKU-SUPPORT-GOLD", "8000.00", true), product("SKU-TRAINING-DAY", "5000.00", true),
    product("SKU-HARDWARE-KIT", "2400.00", false), product("SKU-CONSULTING-HOUR", "800.00", true),
    product("SKU-OFFICE-SUPPLIES", "650.00", false), product("SKU-TERMINAL", "3200.00", false),
  };

  private Catalogue() {}

  private static Product product(String sku, String price, boolean service) {
    return new Product(sku, new BigDecimal(price), service);
  }
}
