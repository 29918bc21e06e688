package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerBuilder;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.ValueSegment;

/** Makes one customer, individual or organisation, with its timeline. */
final class CustomerFactory {
  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final CustomerType[] TYPES = CustomerType.values();
  private static final double[] TYPE_WEIGHTS = {0.85, 0.11, 0.04};
  private static final ValueSegment[] SEGMENTS = ValueSegment.values();
  private static final Industry[] ENTERPRISE_INDUSTRIES = {Industry.TECHNOLOGY, Industry.MANUFACTURING,
    Industry.RETAIL, Industry.FINANCE, Industry.LOGISTICS, Industry.REAL_ESTATE, Industry.HOSPITALITY,
    Industry.HEALTHCARE, Industry.EDUCATION, Industry.TELECOM, Industry.ENERGY};
  private static final double[] ENTERPRISE_INDUSTRY_WEIGHTS = {18, 16, 14, 9, 8, 6, 8, 6, 5, 4, 6};
  private static final Industry[] INSTITUTION_INDUSTRIES = {Industry.EDUCATION, Industry.HEALTHCARE, Industry.GOVERNMENT};
  private static final double[] INSTITUTION_INDUSTRY_WEIGHTS = {45, 35, 20};
  private static final String[] TITLES = {"采购经理", "总经理", "财务总监", "信息中心主任", "行政主管", "市场总监", "办公室主任"};
  private static final String[] FOREIGN_TITLES = {"Purchasing Manager", "CEO", "CFO", "IT Director", "Office Manager"};
  private static final String[] PERSON_TAGS = {"vip", "wechat-follower", "newsletter", "birthday-club",
    "price-sensitive", "early-adopter", "referral", "老客户", "会员", "高频复购"};
  private static final String[] ORG_TAGS = {"b2b", "key-account", "framework-agreement", "tender",
    "government-procurement", "重点客户", "战略合作"};
  private static final String[] SOURCES = {"walk-in", "referral", "online-ad", "exhibition", "tele-sales", "wechat-mini-program"};
  /** The account managers (客户经理): a few dozen rep ids, some with bigger books than others. */
  static final int MANAGERS = 36;
  private static final double[] MANAGER_WEIGHTS = new double[MANAGERS];

  static {
    for (int i = 0; i < MANAGERS; i++) {
      MANAGER_WEIGHTS[i] = 1 + i % 5;
    }
  }

  private CustomerFactory() {}

  /**
   * Makes a customer.
   *
   * @param rng the customer's own generator
   * @param id its id
   * @param asOf the as-of instant
   * @param createdFloor the earliest creation time allowed
   * @param type the type to use, or empty to draw one
   * @param stageWeights weights of the target life-cycle stage
   * @return the persona
   */
  static Persona create(SplittableRandom rng, CustomerId id, Instant asOf, Instant createdFloor,
      Optional<CustomerType> type, double[] stageWeights) {
    CustomerType t = type.orElseGet(() -> Pick.weighted(rng, TYPES, TYPE_WEIGHTS));
    Instant earliest = asOf.minusSeconds(6L * 365 * 86_400);
    Instant from = createdFloor.isAfter(earliest) ? createdFloor : earliest;
    Instant to = asOf.minusSeconds(86_400);
    Instant createdAt = from.isBefore(to) ? Pick.between(rng, from, to) : asOf.minusSeconds(1 + rng.nextInt(3600));
    Plan plan = Plan.draw(rng, createdAt, asOf, stageWeights);
    Place place = Pick.chance(rng, t == CustomerType.INDIVIDUAL ? 0.05 : 0.08) ? Places.foreign(rng) : Places.domestic(rng);
    ValueSegment segment = segment(rng, t, plan);
    CustomerBuilder b = Customer.builder(id, t, "x", createdAt)
        .lifecycle(plan.lifecycle())
        .segment(segment)
        .region(place.optionalRegion());
    Instant last = plan.lifecycle().currentSince();
    Instant updated = last.plusSeconds(Pick.expSeconds(rng, 20));
    b.updatedAt(updated.isBefore(asOf) ? updated : last);
    boolean managed = t.isOrganisation() || segment == ValueSegment.HIGH_VALUE
        || (plan.bought() && Pick.chance(rng, 0.6));
    if (managed) {
      b.accountManager(Shared.manager(Pick.weighted(rng, MANAGER_WEIGHTS)));
    }
    LocalDate asOfDate = LocalDate.ofInstant(asOf, CHINA);
    if (t == CustomerType.INDIVIDUAL) {
      individual(rng, b, place, plan, segment, asOfDate);
    } else {
      organisation(rng, b, t, place);
    }
    double activity = Math.exp(0.5 * Pick.gaussian(rng)) * (segment == ValueSegment.HIGH_VALUE ? 2.0 : 1.0);
    boolean contract = plan.repeats() && (t.isOrganisation() ? Pick.chance(rng, 0.8) : Pick.chance(rng, 0.12));
    return new Persona(b.build(), plan, place, activity, contract);
  }

  private static ValueSegment segment(SplittableRandom rng, CustomerType type, Plan plan) {
    double[] weights = type == CustomerType.INDIVIDUAL ? new double[] {0.09, 0.26, 0.65}
        : type == CustomerType.ENTERPRISE ? new double[] {0.25, 0.35, 0.40} : new double[] {0.2, 0.35, 0.45};
    ValueSegment s = Pick.weighted(rng, SEGMENTS, weights);
    // Nobody is high-value before buying; prospects are potential at best.
    return s == ValueSegment.HIGH_VALUE && !plan.repeats() ? ValueSegment.POTENTIAL : s;
  }

  private static void individual(SplittableRandom rng, CustomerBuilder b, Place place, Plan plan,
      ValueSegment segment, LocalDate asOf) {
    double x = rng.nextDouble();
    PersonName name = place.isDomestic()
        ? (x < 0.93 ? Names.chinese(rng) : x < 0.98 ? Names.englishChinese(rng) : Names.latin(rng))
        : (x < 0.75 ? Names.latin(rng) : Names.chinese(rng));
    b.displayName(name.display());
    List<ContactPoint> points = new ArrayList<>(3);
    boolean phone = Pick.chance(rng, 0.93);
    if (phone) {
      points.add(ContactData.mobile(rng, place));
    }
    if (!phone || Pick.chance(rng, 0.65)) {
      points.add(ContactData.personalEmail(rng, name, place));
    }
    if (Pick.chance(rng, 0.5)) {
      points.add(ContactData.home(rng, place));
    }
    b.contactPoints(points);
    if (Pick.chance(rng, 0.55)) {
      b.industry(Shared.industry(Pick.weighted(rng, ENTERPRISE_INDUSTRIES, ENTERPRISE_INDUSTRY_WEIGHTS)));
    }
    Optional<LocalDate> birth = Pick.chance(rng, 0.7) ? Optional.of(PersonalData.birthDate(rng, asOf)) : Optional.empty();
    Optional<Gender> gender = Pick.chance(rng, 0.85) ? Shared.gender(PersonalData.gender(rng)) : Optional.empty();
    b.birthDate(birth).gender(gender);
    if (Pick.chance(rng, 0.35)) {
      b.estimatedIncome(Optional.of(PersonalData.income(rng, segment == ValueSegment.HIGH_VALUE ? 2.5 : 1.0)));
    }
    if (place.isDomestic() && Pick.chance(rng, 0.3)) {
      b.idDocument(Optional.of(PersonalData.residentId(rng, place.idAreaCode(),
          birth.orElseGet(() -> PersonalData.birthDate(rng, asOf)), gender)));
    } else if (!place.isDomestic() && Pick.chance(rng, 0.2)) {
      b.idDocument(Optional.of(PersonalData.passport(rng)));
    }
    if (Pick.chance(rng, 0.03)) {
      b.sensitive(PersonalData.sensitive(rng));
    }
    tags(rng, b, PERSON_TAGS, segment == ValueSegment.HIGH_VALUE ? "vip" : null);
    if (Pick.chance(rng, 0.6)) {
      b.attribute("source", Shared.text(Pick.one(rng, SOURCES)));
    }
    if (plan.bought() && Pick.chance(rng, 0.5)) {
      b.attribute("loyalty.points", AttributeValue.ofDecimal(BigDecimal.valueOf(rng.nextInt(20_000))));
    }
    if (Pick.chance(rng, 0.3)) {
      b.attribute("newsletter", Shared.flag(Pick.chance(rng, 0.7)));
    }
  }

  private static void organisation(SplittableRandom rng, CustomerBuilder b, CustomerType type, Place place) {
    Industry industry = type == CustomerType.ENTERPRISE
        ? Pick.weighted(rng, ENTERPRISE_INDUSTRIES, ENTERPRISE_INDUSTRY_WEIGHTS)
        : Pick.weighted(rng, INSTITUTION_INDUSTRIES, INSTITUTION_INDUSTRY_WEIGHTS);
    OrganisationName name = type == CustomerType.ENTERPRISE
        ? Organisations.enterprise(rng, place, industry) : Organisations.institution(rng, place, industry);
    b.displayName(name.display()).industry(Shared.industry(industry));
    List<ContactPoint> points = new ArrayList<>(3);
    points.add(ContactData.landline(rng, place));
    if (Pick.chance(rng, 0.8)) {
      points.add(ContactData.roleEmail(rng, name.domain()));
    }
    if (Pick.chance(rng, 0.9)) {
      points.add(ContactData.office(rng, place));
    }
    b.contactPoints(points);
    int contacts = 1 + rng.nextInt(3);
    for (int i = 0; i < contacts; i++) {
      PersonName person = place.isDomestic() ? Names.chinese(rng) : Names.latin(rng);
      List<ContactPoint> own = List.of(ContactData.mobile(rng, place), ContactData.workEmail(rng, person, name.domain()));
      String title = place.isDomestic() ? Pick.one(rng, TITLES) : Pick.one(rng, FOREIGN_TITLES);
      b.addContact(new Contact(person.display(), Optional.of(title), Optional.empty(), own));
    }
    if (Pick.chance(rng, 0.6)) {
      b.idDocument(Optional.of(PersonalData.businessLicense(rng, Math.max(11, place.idAreaCode()))));
    }
    tags(rng, b, ORG_TAGS, null);
    b.attribute("employees", AttributeValue.ofDecimal(BigDecimal.valueOf(10 + (long) Math.exp(3 + 2 * rng.nextDouble() * 2))));
    if (Pick.chance(rng, 0.4)) {
      b.attribute("credit.limit", AttributeValue.ofDecimal(BigDecimal.valueOf(10_000L * (1 + rng.nextInt(100)))));
    }
  }

  private static void tags(SplittableRandom rng, CustomerBuilder b, String[] pool, String always) {
    if (always != null) {
      b.addTag(always);
    }
    int n = Pick.poisson(rng, 0.9);
    for (int i = 0; i < n; i++) {
      b.addTag(Pick.one(rng, pool));
    }
  }
}
