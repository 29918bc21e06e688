package org.crmkit.core.testkit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;

/** Phones, e-mails, regions, addresses, contacts and id documents. Not API: use CrmArbitraries. */
final class ContactArbitraries {
  // Area codes without the trunk 0: Beijing, Guangzhou, Shanghai, ... then three-digit codes.
  private static final List<String> AREA_CODES = List.of("10", "20", "21", "22", "23", "24", "25",
      "27", "28", "29", "311", "371", "431", "451", "531", "551", "571", "591", "731", "755", "769", "871");
  // Country code, national number length, allowed first digits.
  private static final List<Tuple.Tuple3<String, Integer, String>> COUNTRIES = List.of(
      Tuple.of("1", 10, "23456789"), Tuple.of("44", 10, "7"), Tuple.of("49", 11, "1"),
      Tuple.of("81", 10, "789"), Tuple.of("65", 8, "89"), Tuple.of("852", 8, "569"),
      Tuple.of("61", 9, "4"), Tuple.of("33", 9, "67"), Tuple.of("7", 10, "9"), Tuple.of("91", 10, "6789"));
  private static final List<String> DOMAINS = List.of("qq.com", "163.com", "126.com", "sina.com.cn",
      "gmail.com", "outlook.com", "example.com", "example.cn", "mail.example.org");
  private static final List<Region> REGIONS = List.of(
      Region.ofCountry("CN"), Region.of("CN", "Sichuan"), Region.of("CN", "Sichuan", "Chengdu"),
      Region.of("CN", "Sichuan", "Mianyang"), Region.of("CN", "Guangdong", "Shenzhen"),
      Region.of("CN", "Guangdong", "Guangzhou"), Region.of("CN", "Zhejiang", "Hangzhou"),
      Region.of("CN", "四川", "成都"), Region.of("CN", "北京", "北京"), Region.of("CN", "上海"),
      Region.of("CN", "广东", "深圳"), Region.ofCountry("US"), Region.of("US", "California", "San Francisco"),
      Region.of("US", "New York", "New York"), Region.of("DE", "Bayern", "München"),
      Region.of("JP", "Tokyo", "Shibuya"), Region.of("GB", "England", "London"), Region.ofCountry("SG"),
      Region.of("HK", "Kowloon"));
  private static final List<String> CN_ROADS = List.of("人民南路", "建设路", "中山路", "解放路", "天府大道", "科华北路");
  private static final List<String> EN_ROADS = List.of("Baker Street", "Main Street", "Market St",
      "Königstraße", "Harbour Road", "Orchard Road");
  private static final List<String> TITLES = List.of("经理", "采购主管", "总经理", "CTO", "Purchasing Manager", "Head of IT");
  private static final List<String> DEPARTMENTS = List.of("采购部", "信息中心", "IT Department", "Finance");
  private static final List<String> RESIDENT_AREAS = List.of("110101", "310104", "440305", "510107", "330106", "420111");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private ContactArbitraries() {}

  static Arbitrary<PhoneNumber> chineseMobiles() {
    return Combinators.combine(Arbitraries.integers().between(3, 9), TextArbitraries.digits(9))
        .as((second, rest) -> new PhoneNumber("+861" + second + rest));
  }

  static Arbitrary<PhoneNumber> chineseLandlines() {
    // Beijing's 10 is the one area code that looks like a mobile prefix after +86: weight it up.
    Arbitrary<String> areas = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("10")),
        Tuple.of(AREA_CODES.size(), Arbitraries.of(AREA_CODES)));
    return areas.flatMap(area -> {
      int length = area.length() == 2 ? 8 : 7;
      return Combinators.combine(Arbitraries.integers().between(2, 8),
              TextArbitraries.digits(length - 1), Arbitraries.integers().between(0, 1))
          .as((first, rest, extra) -> new PhoneNumber("+86" + area + first + rest
              + (area.length() == 3 && extra == 1 ? "8" : "")));
    });
  }

  static Arbitrary<PhoneNumber> internationalPhones() {
    return Arbitraries.of(COUNTRIES).flatMap(c -> Combinators.combine(
            Arbitraries.of(c.get3().chars().mapToObj(ch -> (char) ch).toArray(Character[]::new)),
            TextArbitraries.digits(c.get2() - 1))
        .as((first, rest) -> new PhoneNumber("+" + c.get1() + first + rest)));
  }

  static Arbitrary<PhoneNumber> phones() {
    return Arbitraries.frequencyOf(Tuple.of(6, chineseMobiles()), Tuple.of(2, chineseLandlines()),
        Tuple.of(2, internationalPhones()));
  }

  /** Chinese mobile and landline numbers as people type them, with the number they mean. */
  static Arbitrary<Tuple2<String, PhoneNumber>> rawChinesePhoneTexts() {
    Arbitrary<Tuple2<String, PhoneNumber>> mobiles = Combinators.combine(chineseMobiles(),
        Arbitraries.integers().between(0, 8)).as((p, form) -> Tuple.of(mobileText(p.e164().substring(3), form), p));
    Arbitrary<Tuple2<String, PhoneNumber>> landlines = Combinators.combine(chineseLandlines(),
        Arbitraries.integers().between(0, 4)).as((p, form) -> Tuple.of(landlineText(p, form), p));
    return Arbitraries.frequencyOf(Tuple.of(3, mobiles), Tuple.of(1, landlines));
  }

  private static String mobileText(String n, int form) {
    String spaced = n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
    String hyphened = n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
    switch (form) {
      case 0: return n;
      case 1: return "+86" + n;
      case 2: return "+86 " + spaced;
      case 3: return "+86-" + hyphened;
      case 4: return "0086" + n;
      case 5: return "(+86) " + spaced;
      case 6: return spaced;
      case 7: return " " + hyphened + " ";
      default: return "0086 " + n.substring(0, 3) + "." + n.substring(3, 7) + "." + n.substring(7);
    }
  }

  private static String landlineText(PhoneNumber p, int form) {
    String national = p.e164().substring(3);
    int areaLength = national.startsWith("10") || national.charAt(0) == '2' ? 2 : 3;
    String area = national.substring(0, areaLength);
    String sub = national.substring(areaLength);
    String grouped = sub.substring(0, sub.length() - 4) + " " + sub.substring(sub.length() - 4);
    switch (form) {
      case 0: return "0" + area + "-" + sub;
      case 1: return "(0" + area + ") " + grouped;
      case 2: return "+86 " + area + " " + grouped;
      case 3: return "0086-" + area + "-" + sub;
      default: return "0" + area + sub;
    }
  }

  /** Any phone as typed: the Chinese forms plus international numbers with + or 00. */
  static Arbitrary<Tuple2<String, PhoneNumber>> rawPhoneTexts() {
    Arbitrary<Tuple2<String, PhoneNumber>> international = Combinators.combine(internationalPhones(),
        Arbitraries.of(true, false)).as((p, plus) -> {
          String digits = p.e164().substring(1);
          String cc = p.countryCode();
          String text = plus ? "+" + cc + " " + digits.substring(cc.length()) : "00" + digits;
          return Tuple.of(text, p);
        });
    return Arbitraries.frequencyOf(Tuple.of(3, rawChinesePhoneTexts()), Tuple.of(1, international));
  }

  static Arbitrary<EmailAddress> emails() {
    return rawEmailParts().map(t -> new EmailAddress(t.get1() + "@" + t.get2()));
  }

  /** E-mails as typed (padded, domain in upper case) with the address they mean. */
  static Arbitrary<Tuple2<String, EmailAddress>> rawEmailTexts() {
    return Combinators.combine(rawEmailParts(), Arbitraries.of(" ", "", "\t"))
        .as((t, pad) -> Tuple.of(pad + t.get1() + "@" + t.get2().toUpperCase(java.util.Locale.ROOT) + pad,
            new EmailAddress(t.get1() + "@" + t.get2())));
  }

  private static Arbitrary<Tuple2<String, String>> rawEmailParts() {
    Arbitrary<String> first = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> second = TextArbitraries.lowerAlnum(1, 8).map(s -> "." + s).optional(0.3).map(o -> o.orElse(""));
    Arbitrary<String> local = Combinators.combine(first, second).as(String::concat);
    Arbitrary<String> domain = Arbitraries.oneOf(Arbitraries.of(DOMAINS),
        Combinators.combine(TextArbitraries.lowerAlnum(1, 12), Arbitraries.of("com", "cn", "net", "org", "de"))
            .as((label, tld) -> label + "." + tld));
    return Combinators.combine(local, domain).as(Tuple::of);
  }

  static Arbitrary<Region> regions() {
    return Arbitraries.of(REGIONS);
  }

  static Arbitrary<PostalAddress> postalAddresses() {
    return regions().flatMap(region -> {
      boolean cn = region.isDomestic();
      Arbitrary<String> street = cn
          ? Combinators.combine(Arbitraries.of(CN_ROADS), Arbitraries.integers().between(1, 999),
              Arbitraries.integers().between(1, 30).map(b -> b + "栋").optional(0.4).map(o -> o.orElse("")))
              .as((road, no, building) -> road + no + "号" + building)
          : Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.of(EN_ROADS))
              .as((no, road) -> no + " " + road);
      Arbitrary<Optional<String>> postal = (cn ? TextArbitraries.digits(6)
          : Arbitraries.of("94103", "10001", "80331", "150-0002", "SW1A 1AA", "238823")).optional(0.7);
      return Combinators.combine(street, postal).as((s, p) -> new PostalAddress(region, s, p));
    });
  }

  static Arbitrary<ContactPoint> contactPoints() {
    return Arbitraries.frequencyOf(Tuple.of(3, phones()), Tuple.of(2, emails()), Tuple.of(1, postalAddresses()));
  }

  /** Up to {@code max} contact points, distinct by match key as a customer requires. */
  static Arbitrary<List<ContactPoint>> contactPointLists(int max) {
    return contactPoints().list().ofMaxSize(max).uniqueElements(ContactPoint::matchKey);
  }

  static Arbitrary<Contact> contacts() {
    return Combinators.combine(TextArbitraries.personNames(), Arbitraries.of(TITLES).optional(0.6),
            Arbitraries.of(DEPARTMENTS).optional(0.3), contactPointLists(3))
        .as(Contact::new);
  }

  static Arbitrary<IdDocument> cnResidentIds() {
    Arbitrary<String> area = Arbitraries.oneOf(Arbitraries.of(RESIDENT_AREAS),
        Combinators.combine(Arbitraries.integers().between(1, 9), TextArbitraries.digits(5)).as((a, b) -> a + b));
    Arbitrary<LocalDate> birth = Arbitraries.longs()
        .between(LocalDate.of(1940, 1, 1).toEpochDay(), LocalDate.of(2010, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    return Combinators.combine(area, birth, TextArbitraries.digits(3)).as((a, b, seq) -> {
      String body = a + BASIC.format(b) + seq;
      return IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, body + checkCharacter(body));
    });
  }

  /** The ISO 7064 MOD 11-2 check character of 17 digits (GB 11643). */
  static char checkCharacter(String seventeenDigits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  static Arbitrary<IdDocument> otherIdDocuments() {
    Arbitrary<IdDocument> passports = Combinators.combine(Arbitraries.of("E", "G", "K", "P", "X"),
        TextArbitraries.digits(8)).as((p, d) -> IdDocument.of(IdDocument.Kind.PASSPORT, p + d));
    Arbitrary<IdDocument> licences = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'H')
        .ofLength(16).map(s -> IdDocument.of(IdDocument.Kind.BUSINESS_LICENSE, "91" + s));
    Arbitrary<IdDocument> other = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars('-').ofMinLength(4).ofMaxLength(30).map(s -> IdDocument.of(IdDocument.Kind.OTHER, s));
    return Arbitraries.oneOf(passports, licences, other);
  }

  static Arbitrary<IdDocument> idDocuments() {
    return Arbitraries.frequencyOf(Tuple.of(2, cnResidentIds()), Tuple.of(2, otherIdDocuments()));
  }
}
