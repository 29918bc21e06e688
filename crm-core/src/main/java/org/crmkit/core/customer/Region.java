package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkit.core.internal.Text;

/**
 * Where a customer is (区域): country, then optionally province (or state) and city. Immutable.
 *
 * <p>A region is a path in the tree country → province → city; a city without a province is
 * rejected so that {@link #contains} is well defined. "Domestic" is relative to a home country
 * ({@link #isDomesticTo}); {@link #isDomestic()} uses China, the seeds' home market.
 *
 * @param countryCode ISO 3166-1 alpha-2 code, upper case
 * @param province province, state or municipality, if known
 * @param city city, if known
 */
public record Region(String countryCode, Optional<String> province, Optional<String> city) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** The home country used by {@link #isDomestic()}. */
  public static final String HOME_COUNTRY = "CN";

  /**
   * Validates the path.
   *
   * @throws IllegalArgumentException if the country is not two letters, a part is blank or longer
   *     than 100 characters, or a city is given without a province
   */
  public Region {
    requireNonNull(countryCode, "countryCode");
    requireNonNull(province, "province");
    requireNonNull(city, "city");
    countryCode = countryCode.strip().toUpperCase(Locale.ROOT);
    checkArgument(
        COUNTRY.matcher(countryCode).matches(),
        "countryCode must be an ISO 3166-1 alpha-2 code but was '%s'",
        countryCode);
    province = province.map(p -> part("province", p));
    city = city.map(c -> part("city", c));
    checkArgument(province.isPresent() || city.isEmpty(), "city must come with a province but province was empty");
  }

  private static String part(String name, String value) {
    String cleaned = Text.clean(value);
    checkArgument(!cleaned.isEmpty() && cleaned.length() <= 100 && cleaned.indexOf('/') < 0,
        "%s must be 1..100 characters without '/' but was %s characters", name, cleaned.length());
    return cleaned;
  }

  /**
   * Returns a country-level region. The factories share equal instances (a customer base has
   * far fewer regions than customers), so prefer them to the constructor.
   *
   * @param countryCode ISO 3166-1 alpha-2 code
   * @return the region
   */
  public static Region ofCountry(String countryCode) {
    return intern(new Region(countryCode, Optional.empty(), Optional.empty()));
  }

  /**
   * Returns a province-level region.
   *
   * @param countryCode ISO 3166-1 alpha-2 code
   * @param province the province
   * @return the region
   */
  public static Region of(String countryCode, String province) {
    return intern(new Region(countryCode, Optional.of(province), Optional.empty()));
  }

  /**
   * Returns a city-level region.
   *
   * @param countryCode ISO 3166-1 alpha-2 code
   * @param province the province
   * @param city the city
   * @return the region
   */
  public static Region of(String countryCode, String province, String city) {
    return intern(new Region(countryCode, Optional.of(province), Optional.of(city)));
  }

  private static Region intern(Region region) {
    return Interned.REGIONS.intern(region);
  }

  // Holder, so that the interner exists only once a factory is used.
  private static final class Interned {
    static final Interner<Region> REGIONS = Interners.newWeakInterner();
  }

  /**
   * Reads {@code COUNTRY[/PROVINCE[/CITY]]}, the form {@link #toPath()} writes.
   *
   * @param text for example {@code CN/Sichuan/Chengdu}
   * @return the region
   * @throws IllegalArgumentException if the text has more than three parts or a part is invalid
   */
  public static Region parse(CharSequence text) {
    requireNonNull(text, "text");
    String[] parts = text.toString().split("/", -1);
    checkArgument(parts.length <= 3, "region must be COUNTRY[/PROVINCE[/CITY]] but had %s parts", parts.length);
    return intern(new Region(
        parts[0],
        parts.length > 1 ? Optional.of(parts[1]) : Optional.empty(),
        parts.length > 2 ? Optional.of(parts[2]) : Optional.empty()));
  }

  /** Returns {@code COUNTRY[/PROVINCE[/CITY]]}. */
  public String toPath() {
    StringBuilder sb = new StringBuilder(countryCode);
    province.ifPresent(p -> sb.append('/').append(p));
    city.ifPresent(c -> sb.append('/').append(c));
    return sb.toString();
  }

  /** Returns the number of levels given: 1 country, 2 province, 3 city. */
  public int depth() {
    return city.isPresent() ? 3 : province.isPresent() ? 2 : 1;
  }

  /**
   * Returns whether {@code other} lies in this region: equal, or below it in the tree.
   * Comparison of names ignores case, width and whitespace.
   *
   * @param other the region to test
   * @return whether this region contains {@code other}
   */
  public boolean contains(Region other) {
    requireNonNull(other, "other");
    if (!countryCode.equals(other.countryCode) || depth() > other.depth()) {
      return false;
    }
    return sameName(province, other.province) && sameName(city, other.city);
  }

  private static boolean sameName(Optional<String> mine, Optional<String> theirs) {
    return mine.isEmpty() || Text.fold(mine.get()).equals(theirs.map(Text::fold).orElse(null));
  }

  /** Returns whether the region is in {@link #HOME_COUNTRY}. */
  public boolean isDomestic() {
    return isDomesticTo(HOME_COUNTRY);
  }

  /**
   * Returns whether the region is in the given home country.
   *
   * @param homeCountry ISO 3166-1 alpha-2 code
   * @return whether domestic
   */
  public boolean isDomesticTo(String homeCountry) {
    requireNonNull(homeCountry, "homeCountry");
    return countryCode.equalsIgnoreCase(homeCountry.strip());
  }
}
