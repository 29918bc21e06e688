package org.crmkit.examples.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;

/** Phones, e-mail addresses and postal addresses that look like the real thing. */
final class ContactData {
  private static final String[] MOBILE_PREFIXES = ("130 131 132 133 134 135 136 137 138 139 150 151"
      + " 152 153 155 156 157 158 159 166 170 173 175 176 177 178 180 181 182 183 184 185 186 187 188"
      + " 189 191 198 199").split(" ");
  private static final String[] MAIL_DOMAINS = {"163.com", "126.com", "sina.com", "foxmail.com",
    "gmail.com", "outlook.com", "yeah.net", "139.com"};
  private static final String[] FOREIGN_MAIL_DOMAINS = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com"};
  private static final String[] ROADS = ("人民 中山 解放 建设 和平 长江 黄河 新华 文化 青年 胜利 朝阳"
      + " 光明 东风 南京 北京 世纪 科技 学府 滨江 滨河 花园 迎宾 友谊").split(" ");
  private static final String[] ROAD_KINDS = {"路", "街", "大道", "东路", "西路", "南路", "北路"};
  private static final String[] TOWERS = {"国际大厦", "中心大厦", "科技园", "商务中心", "金融中心", "产业园"};
  private static final String[] FOREIGN_STREETS = ("Market Main King Queen Park Orchard High Church"
      + " Station Harbour Elm Maple").split(" ");
  private static final String[] FOREIGN_KINDS = {"Street", "Road", "Avenue", "Boulevard"};

  private ContactData() {}

  /** Returns a mobile number: a Chinese mobile at home, a number in the city abroad. */
  static PhoneNumber mobile(SplittableRandom rng, Place place) {
    if (place.isDomestic()) {
      return new PhoneNumber("+86" + Pick.one(rng, MOBILE_PREFIXES) + Pick.digits(rng, 8));
    }
    return landline(rng, place);
  }

  /** Returns a landline in the place's area code; the first local digit is never 0 or 1. */
  static PhoneNumber landline(SplittableRandom rng, Place place) {
    return new PhoneNumber("+" + place.phonePrefix() + (2 + rng.nextInt(8)) + Pick.digits(rng, place.localDigits() - 1));
  }

  /** Returns a personal e-mail address made from the name's ASCII form. */
  static EmailAddress personalEmail(SplittableRandom rng, PersonName name, Place place) {
    if (place.isDomestic() && Pick.chance(rng, 0.3)) {
      return new EmailAddress((1 + rng.nextInt(9)) + Pick.digits(rng, 5 + rng.nextInt(5)) + "@qq.com");
    }
    String local = name.ascii() + (Pick.chance(rng, 0.8) ? Pick.digits(rng, 2 + rng.nextInt(3)) : "");
    String domain = place.isDomestic() ? Pick.one(rng, MAIL_DOMAINS) : Pick.one(rng, FOREIGN_MAIL_DOMAINS);
    return new EmailAddress(local + "@" + domain);
  }

  /** Returns a work e-mail address at an organisation's domain. */
  static EmailAddress workEmail(SplittableRandom rng, PersonName name, String domain) {
    return new EmailAddress(name.ascii() + (Pick.chance(rng, 0.2) ? Pick.digits(rng, 1) : "") + "@" + domain);
  }

  /** Returns a role mailbox at an organisation's domain. */
  static EmailAddress roleEmail(SplittableRandom rng, String domain) {
    return new EmailAddress(Pick.one(rng, new String[] {"info", "service", "contact", "office", "purchasing"})
        + "@" + domain);
  }

  /** Returns a home address in the place. */
  static PostalAddress home(SplittableRandom rng, Place place) {
    if (!place.isDomestic()) {
      String street = (1 + rng.nextInt(2500)) + " " + Pick.one(rng, FOREIGN_STREETS) + " "
          + Pick.one(rng, FOREIGN_KINDS) + (Pick.chance(rng, 0.3) ? ", Apt " + (1 + rng.nextInt(40)) : "");
      return new PostalAddress(place.region(), street, postal(rng, place));
    }
    String street = Pick.one(rng, ROADS) + Pick.one(rng, ROAD_KINDS) + (1 + rng.nextInt(400)) + "号"
        + (Pick.chance(rng, 0.7) ? (1 + rng.nextInt(30)) + "栋" + (1 + rng.nextInt(30)) + String.format(Locale.ROOT, "%02d", 1 + rng.nextInt(6)) + "室" : "");
    return new PostalAddress(place.region(), street, postal(rng, place));
  }

  /** Returns an office address in the place. */
  static PostalAddress office(SplittableRandom rng, Place place) {
    if (!place.isDomestic()) {
      String street = (1 + rng.nextInt(900)) + " " + Pick.one(rng, FOREIGN_STREETS) + " "
          + Pick.one(rng, FOREIGN_KINDS) + ", Floor " + (1 + rng.nextInt(40));
      return new PostalAddress(place.region(), street, postal(rng, place));
    }
    String street = Pick.one(rng, ROADS) + Pick.one(rng, ROAD_KINDS) + (1 + rng.nextInt(800)) + "号"
        + Pick.one(rng, TOWERS) + (1 + rng.nextInt(35)) + "层";
    return new PostalAddress(place.region(), street, postal(rng, place));
  }

  private static Optional<String> postal(SplittableRandom rng, Place place) {
    return Pick.chance(rng, 0.75) ? Optional.of(Places.postalCode(rng, place)) : Optional.empty();
  }
}
