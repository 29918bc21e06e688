package org.crmkit.core.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.customer.ValueSegment;

/** Customers and their parts. Not API: use CrmArbitraries. */
final class CustomerArbitraries {
  private static final List<String> CUSTOM_INDUSTRIES = List.of("agriculture", "media", "legal-services",
      "e-commerce", "biotech", "automotive");
  private static final List<String> TAGS = List.of("vip", "重点客户", "wholesale", "newsletter",
      "key-account", "回头客", "event-2024", "Walk In");
  private static final List<String> ATTRIBUTE_KEYS = List.of("loyalty.points", "source", "referrer",
      "wechat_openid", "preferred-store", "vip.since");
  private static final List<String> EXIT_REASONS = List.of("moved-away", "competitor", "price",
      "service", "quality", "迁居", "被竞争对手吸引");
  private static final List<String> CURRENCIES = List.of("CNY", "CNY", "CNY", "USD", "EUR", "HKD", "JPY");
  private static final long DAY_MILLIS = 86_400_000L;

  private CustomerArbitraries() {}

  static Arbitrary<CustomerId> customerIds() {
    Arbitrary<String> usual = TextArbitraries.lowerAlnum(6, 12).map(s -> "c-" + s);
    Arbitrary<String> any = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
        .withCharRange('0', '9').withChars('.', '_', ':', '-').ofMinLength(1).ofMaxLength(64);
    return Arbitraries.frequencyOf(Tuple.of(4, usual), Tuple.of(1, any)).map(CustomerId::of);
  }

  static Arbitrary<Industry> industries() {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(Industry.PREDEFINED)),
        Tuple.of(1, Arbitraries.oneOf(Arbitraries.of(CUSTOM_INDUSTRIES),
            Combinators.combine(Arbitraries.chars().range('a', 'z'), TextArbitraries.lowerAlnum(0, 15))
                .as((c, s) -> c + s)).map(Industry::of)));
  }

  static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCIES).map(Currency::getInstance);
  }

  static Arbitrary<Money> money(Currency currency, long minUnits, long maxUnits) {
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    return Arbitraries.bigDecimals().between(BigDecimal.valueOf(minUnits), BigDecimal.valueOf(maxUnits))
        .ofScale(scale).map(a -> new Money(a, currency));
  }

  static Arbitrary<Money> money() {
    return currencies().flatMap(c -> money(c, -1_000_000, 1_000_000));
  }

  static Arbitrary<Money> nonNegativeMoney() {
    return currencies().flatMap(c -> money(c, 0, 1_000_000));
  }

  static Arbitrary<AttributeValue> attributeValues() {
    Arbitrary<AttributeValue> text = Arbitraries.oneOf(TextArbitraries.freeText(),
        Arbitraries.strings().ofMinLength(0).ofMaxLength(1000)).map(AttributeValue::ofText);
    Arbitrary<AttributeValue> decimal = Arbitraries.bigDecimals()
        .between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000)).ofScale(4)
        .map(AttributeValue::ofDecimal);
    Arbitrary<AttributeValue> flag = Arbitraries.of(true, false).map(AttributeValue::ofFlag);
    Arbitrary<AttributeValue> date = dates(LocalDate.of(1950, 1, 1), LocalDate.of(2030, 12, 31))
        .map(AttributeValue::ofDate);
    return Arbitraries.oneOf(text, decimal, flag, date);
  }

  static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  static Arbitrary<Map<String, AttributeValue>> attributeMaps() {
    Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(ATTRIBUTE_KEYS),
        Combinators.combine(Arbitraries.chars().range('a', 'z'), TextArbitraries.lowerAlnum(0, 10)).as((c, s) -> c + s));
    return Arbitraries.maps(keys, attributeValues()).ofMaxSize(3);
  }

  static Arbitrary<SensitiveData> sensitiveData() {
    Arbitrary<SensitiveData> some = Combinators.combine(
        Arbitraries.of("汉族", "回族", "藏族", "维吾尔族", "壮族", "满族").optional(0.6),
        Arbitraries.of("佛教", "道教", "基督教", "伊斯兰教", "none").optional(0.4),
        Arbitraries.of("高血压", "糖尿病", "diabetes type 2", "allergic to penicillin").optional(0.4),
        Arbitraries.maps(Arbitraries.of("biometric.face", "union-membership", "criminal-record"),
            Arbitraries.of("yes", "no", "见附件")).ofMaxSize(2))
        .as(SensitiveData::new);
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(SensitiveData.none())), Tuple.of(1, some));
  }

  static Arbitrary<LifecycleHistory> lifecycleHistories() {
    return TextArbitraries.instantsBetween(CrmArbitraries.WINDOW_START, CrmArbitraries.WINDOW_END)
        .flatMap(CustomerArbitraries::lifecycleHistoriesFrom);
  }

  /** Histories whose first entry is at {@code start}; later entries are clamped to the window. */
  static Arbitrary<LifecycleHistory> lifecycleHistoriesFrom(Instant start) {
    Arbitrary<LifecycleStage> first = Arbitraries.frequency(Tuple.of(6, LifecycleStage.AWARENESS),
        Tuple.of(2, LifecycleStage.INTERACTION), Tuple.of(1, LifecycleStage.TRANSACTION),
        Tuple.of(1, LifecycleStage.MAINTENANCE));
    Arbitrary<Tuple.Tuple3<Integer, Long, String>> step = Combinators.combine(
        Arbitraries.integers().between(0, 99), Arbitraries.longs().between(0, 400 * DAY_MILLIS),
        Arbitraries.of(EXIT_REASONS)).as(Tuple::of);
    return Combinators.combine(first, step.list().ofMaxSize(5)).as((stage, steps) -> {
      List<StageEntry> entries = new ArrayList<>();
      entries.add(StageEntry.of(stage, start));
      LifecycleStage current = stage;
      Instant at = start;
      for (Tuple.Tuple3<Integer, Long, String> s : steps) {
        LifecycleStage from = current;
        List<LifecycleStage> allowed = List.of(LifecycleStage.values()).stream().filter(from::canMoveTo).toList();
        current = allowed.get(s.get1() % allowed.size());
        at = TextArbitraries.plusClamped(at, s.get2());
        Optional<String> reason = current == LifecycleStage.EXIT || s.get1() % 5 == 0
            ? Optional.of(s.get3()) : Optional.empty();
        entries.add(new StageEntry(current, at, reason));
      }
      return new LifecycleHistory(entries);
    });
  }

  static Arbitrary<Customer> customers() {
    return Arbitraries.frequency(Tuple.of(6, CustomerType.INDIVIDUAL), Tuple.of(3, CustomerType.ENTERPRISE),
        Tuple.of(1, CustomerType.INSTITUTION)).flatMap(CustomerArbitraries::customers);
  }

  static Arbitrary<Customer> customers(CustomerType type) {
    Arbitrary<String> names = type == CustomerType.INDIVIDUAL ? TextArbitraries.personNames()
        : type == CustomerType.ENTERPRISE ? TextArbitraries.enterpriseNames() : TextArbitraries.institutionNames();
    Arbitrary<Tuple.Tuple3<Instant, LifecycleHistory, Instant>> times =
        TextArbitraries.instantsBetween(CrmArbitraries.WINDOW_START, CrmArbitraries.WINDOW_END)
            .flatMap(created -> Combinators.combine(lifecycleHistoriesFrom(created),
                    Arbitraries.longs().between(0, 90 * DAY_MILLIS))
                .as((history, extra) -> Tuple.of(created, history,
                    TextArbitraries.plusClamped(history.currentSince(), extra))));
    Arbitrary<Tuple.Tuple4<Optional<Industry>, Optional<Region>, ValueSegment, Optional<String>>> classes =
        Combinators.combine(industries().optional(0.8), ContactArbitraries.regions().optional(0.8),
            Arbitraries.of(ValueSegment.class),
            Arbitraries.integers().between(1, 30).map(n -> String.format("am-%03d", n)).optional(0.7))
        .as(Tuple::of);
    Arbitrary<Tuple.Tuple2<Set<String>, Map<String, AttributeValue>>> extras = Combinators.combine(
        Arbitraries.of(TAGS).set().ofMaxSize(4), attributeMaps()).as(Tuple::of);
    Arbitrary<List<Contact>> contacts = type.isOrganisation()
        ? ContactArbitraries.contacts().list().ofMaxSize(3) : Arbitraries.just(List.of());
    return Combinators.combine(customerIds(), names, times, ContactArbitraries.contactPointLists(4),
            contacts, classes, extras, personal(type))
        .as((id, name, t, points, people, cls, ext, p) -> Customer.builder(id, type, name, t.get1())
            .lifecycle(t.get2()).updatedAt(t.get3()).contactPoints(points).contacts(people)
            .industry(cls.get1()).region(cls.get2()).segment(cls.get3()).accountManager(cls.get4())
            .tags(ext.get1()).attributes(ext.get2())
            .birthDate(p.birthDate).gender(p.gender).estimatedIncome(p.income).idDocument(p.idDocument)
            .sensitive(p.sensitive).build());
  }

  private static Arbitrary<Personal> personal(CustomerType type) {
    if (type.isOrganisation()) {
      return Combinators.combine(nonNegativeMoney().optional(0.3),
              ContactArbitraries.otherIdDocuments().filter(d -> d.kind() == IdDocument.Kind.BUSINESS_LICENSE)
                  .optional(0.5))
          .as((income, doc) -> new Personal(Optional.empty(), Optional.empty(), income, doc, SensitiveData.none()));
    }
    return Combinators.combine(dates(LocalDate.of(1940, 1, 1), LocalDate.of(2010, 12, 31)).optional(0.6),
            Arbitraries.of(Gender.class).optional(0.7), nonNegativeMoney().optional(0.4),
            ContactArbitraries.idDocuments().optional(0.5), sensitiveData())
        .as(Personal::new);
  }

  private static final class Personal {
    final Optional<LocalDate> birthDate;
    final Optional<Gender> gender;
    final Optional<Money> income;
    final Optional<IdDocument> idDocument;
    final SensitiveData sensitive;

    Personal(Optional<LocalDate> birthDate, Optional<Gender> gender, Optional<Money> income,
        Optional<IdDocument> idDocument, SensitiveData sensitive) {
      this.birthDate = birthDate;
      this.gender = gender;
      this.income = income;
      this.idDocument = idDocument;
      this.sensitive = sensitive;
    }
  }

  static Arbitrary<Customer> customersWithAnyVersion() {
    return Combinators.combine(customers(), Arbitraries.longs().between(0, 1_000_000))
        .as(Customer::withVersion);
  }
}
