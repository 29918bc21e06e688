package org.crmkit.privacy.anonymize;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Region;
import org.crmkit.core.profile.CustomerProfile;

/**
 * Turns a batch of customer profiles into a {@link Table} for the anonymiser, applying the
 * opt-out and erasure filters first. Columns are named by their dictionary path so that {@link
 * Anonymizer.Builder#quasiIdentifiersFrom} can pick the personal ones. A missing value is an empty
 * cell. The table holds no customer id: an anonymous batch must not. Stateless and thread-safe.
 */
public final class ProfileBatch {
  private ProfileBatch() {}

  /**
   * Builds the table of the profiles that pass {@code keep}, in input order.
   *
   * @param profiles the batch
   * @param columns the columns, in order: name to extractor
   * @param keep the filter (consent, erasure), run before any cell is read
   * @return the table
   */
  public static Table table(List<CustomerProfile> profiles,
      Map<String, Function<CustomerProfile, String>> columns, Predicate<CustomerProfile> keep) {
    requireNonNull(profiles, "profiles");
    requireNonNull(columns, "columns");
    requireNonNull(keep, "keep");
    List<String> names = new ArrayList<>(columns.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (CustomerProfile p : profiles) {
      if (!keep.test(p)) {
        continue;
      }
      List<String> row = new ArrayList<>(names.size());
      for (String n : names) {
        row.add(requireNonNull(columns.get(n).apply(p), "cell"));
      }
      rows.add(row);
    }
    return new Table(names, rows);
  }

  /**
   * The filter that keeps customers whose consent allows a purpose at a time (the opt-out filter).
   *
   * @param purpose the purpose of the analysis
   * @param asOf the time
   * @return the filter
   */
  public static Predicate<CustomerProfile> allowing(Purpose purpose, Instant asOf) {
    requireNonNull(purpose, "purpose");
    requireNonNull(asOf, "asOf");
    return p -> p.consent().decide(purpose, asOf).allowed();
  }

  /**
   * The {@code customer.region} column as {@code COUNTRY/PROVINCE/CITY}, for {@link
   * Hierarchies#regions()}.
   *
   * @return the extractor
   */
  public static Function<CustomerProfile, String> region() {
    return p -> p.customer().region().map(Region::toPath).orElse("");
  }

  /**
   * The age in whole years on a date, from {@code customer.birthDate}, for {@link
   * Hierarchies#ageBands()}.
   *
   * @param asOf the date ages are computed at
   * @return the extractor
   */
  public static Function<CustomerProfile, String> age(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return p -> p.customer().birthDate()
        .map(b -> String.valueOf(Math.max(0, Period.between(b, asOf).getYears()))).orElse("");
  }

  /**
   * The {@code customer.gender} column.
   *
   * @return the extractor
   */
  public static Function<CustomerProfile, String> gender() {
    return p -> p.customer().gender().map(Enum::name).orElse("");
  }

  /**
   * The {@code customer.estimatedIncome} amount, for {@link Hierarchies#incomeBands()}.
   *
   * @return the extractor
   */
  public static Function<CustomerProfile, String> income() {
    return p -> p.customer().estimatedIncome().map(m -> m.amount().toPlainString()).orElse("");
  }
}
