package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.crmkit.core.Money;
import org.crmkit.core.customer.Gender;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.SensitiveData;

/** Birth dates, incomes, identity documents and the rare sensitive data of individuals. */
final class PersonalData {
  static final Currency CNY = Currency.getInstance("CNY");
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final Gender[] GENDERS = Gender.values();
  private static final double[] GENDER_WEIGHTS = {0.48, 0.48, 0.01, 0.03};
  private static final String[] ETHNICITIES = {"汉族", "回族", "满族", "壮族", "维吾尔族", "苗族", "土家族", "蒙古族", "藏族"};
  private static final double[] ETHNICITY_WEIGHTS = {0.85, 0.03, 0.03, 0.03, 0.02, 0.01, 0.01, 0.01, 0.01};
  private static final String[] RELIGIONS = {"佛教", "基督教", "伊斯兰教", "道教", "天主教"};
  private static final String[] HEALTH = {"青霉素过敏", "糖尿病，需低糖饮食", "听力障碍，请优先用短信联系",
    "孕期，暂停推荐保健品", "行动不便，送货请上门", "高血压"};
  private static final String[] BUSINESS_CODE = "0123456789ABCDEFGHJKLMNPQRTUWXY".split("");

  private PersonalData() {}

  static LocalDate birthDate(SplittableRandom rng, LocalDate asOf) {
    int age = 18 + (int) (62 * Math.pow(rng.nextDouble(), 1.4));
    return asOf.minusYears(age).minusDays(rng.nextInt(365));
  }

  static Gender gender(SplittableRandom rng) {
    return Pick.weighted(rng, GENDERS, GENDER_WEIGHTS);
  }

  /** Returns a yearly income in CNY, log-normal around 100,000, rounded to thousands. */
  static Money income(SplittableRandom rng, double factor) {
    double yuan = Math.exp(11.5 + 0.6 * Pick.gaussian(rng)) * factor;
    long thousands = Math.max(12, Math.round(yuan / 1000));
    return new Money(BigDecimal.valueOf(thousands * 1000), CNY);
  }

  /**
   * Returns a resident identity number (GB 11643) for the province code, birth date and gender,
   * with its ISO 7064 MOD 11-2 check character.
   */
  static IdDocument residentId(SplittableRandom rng, int provinceCode, LocalDate birth, Optional<Gender> gender) {
    StringBuilder sb = new StringBuilder(18);
    sb.append(String.format(Locale.ROOT, "%02d01%02d", provinceCode, 1 + rng.nextInt(20)));
    sb.append(String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()));
    sb.append(Pick.digits(rng, 2));
    int parity = gender.map(g -> g == Gender.MALE ? 1 : g == Gender.FEMALE ? 0 : -1).orElse(-1);
    int last = rng.nextInt(5) * 2 + (parity < 0 ? rng.nextInt(2) : parity);
    sb.append(last);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (sb.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    sb.append(ID_CHECK.charAt(sum % 11));
    return IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, sb.toString());
  }

  static IdDocument passport(SplittableRandom rng) {
    return IdDocument.of(IdDocument.Kind.PASSPORT, (char) ('A' + rng.nextInt(26)) + Pick.digits(rng, 8));
  }

  /** Returns an 18-character unified social credit code shape (not checksummed: kind BUSINESS_LICENSE). */
  static IdDocument businessLicense(SplittableRandom rng, int provinceCode) {
    StringBuilder sb = new StringBuilder("91").append(String.format(Locale.ROOT, "%02d01%02d", provinceCode, rng.nextInt(100)));
    for (int i = 0; i < 10; i++) {
      sb.append(Pick.one(rng, BUSINESS_CODE));
    }
    return IdDocument.of(IdDocument.Kind.BUSINESS_LICENSE, sb.toString());
  }

  /** Returns sensitive data with at least one item. */
  static SensitiveData sensitive(SplittableRandom rng) {
    Optional<String> ethnicity = Pick.chance(rng, 0.8)
        ? Optional.of(Pick.weighted(rng, ETHNICITIES, ETHNICITY_WEIGHTS)) : Optional.empty();
    Optional<String> religion = Pick.chance(rng, 0.3) ? Optional.of(Pick.one(rng, RELIGIONS)) : Optional.empty();
    Optional<String> health = Pick.chance(rng, 0.45) || (ethnicity.isEmpty() && religion.isEmpty())
        ? Optional.of(Pick.one(rng, HEALTH)) : Optional.empty();
    Map<String, String> other = new TreeMap<>();
    if (Pick.chance(rng, 0.1)) {
      other.put("disability", Pick.one(rng, new String[] {"二级肢体残疾", "视力残疾", "听力残疾"}));
    }
    return new SensitiveData(ethnicity, religion, health, other);
  }
}
