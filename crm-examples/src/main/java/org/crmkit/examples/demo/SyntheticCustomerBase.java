package org.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;

/**
 * A deterministic synthetic customer base for demos, tests and benchmarks: the same size, seed
 * and as-of date always give byte-identical profiles. Immutable and thread-safe.
 *
 * <p>What it holds: customers of all three types (about 85% individuals, 11% enterprises, 4%
 * institutions); Chinese and some Latin names; cities in the 31 mainland provinces and a few
 * abroad; industries, value segments and life-cycle histories; a few dozen account managers
 * ({@code AM-001} …); tags and typed attributes; birth date, gender and income for many
 * individuals, identity documents for some, and sensitive data for about 3%; phones, e-mail
 * addresses and postal addresses. Each customer has the interactions of the two years before the
 * as-of date that fit its life cycle (purchases in CNY with line items, refunds and returns,
 * service records, complaints in every status, follow-ups, communications, NPS, CSAT and effort
 * survey answers, renewals, site visits) and a consent history (grants, opt-outs, withdrawals,
 * expiring grants, third-party grants to named recipients). About {@linkplain #duplicateShare() 2%}
 * of the customers are planted duplicates: a person or organisation entered again under another
 * id, with a variant of the name and the same phone or e-mail ({@link #duplicateOf}).
 *
 * <p>Time: the as-of instant is midnight at the start of the as-of date in China (UTC+8);
 * everything happens before it, interactions in the two years before it. No clock is read.
 *
 * <p>Every customer is generated on its own from {@code (seed, index)} with {@link
 * SplittableRandom}, so {@link #profiles()} streams a base of any size without holding it, and
 * {@link #profile(int)} gives any one customer directly. Ids are {@code C0000001},
 * {@code C0000002}, … in index order; interaction ids are {@code <customer id>.<nnnn>} and
 * consent event ids {@code <customer id>.k<n>}.
 */
public final class SyntheticCustomerBase {
  /** The share of planted duplicates unless set otherwise. */
  public static final double DEFAULT_DUPLICATE_SHARE = 0.02;
  /** The largest base: ids have seven digits. */
  public static final int MAX_SIZE = 9_999_999;
  /** The earliest as-of date accepted. */
  public static final LocalDate MIN_AS_OF = LocalDate.of(1970, 1, 1);
  /** The latest as-of date accepted. */
  public static final LocalDate MAX_AS_OF = LocalDate.of(2199, 12, 31);
  // Target life-cycle stage weights: awareness, interaction, transaction, maintenance, exit.
  private static final double[] STAGE_WEIGHTS = {0.07, 0.13, 0.22, 0.46, 0.12};
  private static final double[] DUPLICATE_STAGE_WEIGHTS = {0.3, 0.5, 0.2, 0, 0};

  private final int size;
  private final long seed;
  private final LocalDate asOf;
  private final double duplicateShare;
  private final Instant asOfInstant;
  private final Instant windowStart;

  private SyntheticCustomerBase(int size, long seed, LocalDate asOf, double duplicateShare) {
    this.size = size;
    this.seed = seed;
    this.asOf = asOf;
    this.duplicateShare = duplicateShare;
    this.asOfInstant = asOf.atStartOfDay(CustomerFactory.CHINA).toInstant();
    this.windowStart = asOf.minusYears(2).atStartOfDay(CustomerFactory.CHINA).toInstant();
  }

  /**
   * Returns a base with the default duplicate share.
   *
   * @param size the number of customers, 1..9999999 (planted duplicates included)
   * @param seed the seed
   * @param asOf the as-of date, 1970-01-01..2199-12-31
   * @return the base
   * @throws IllegalArgumentException if the size or the date is out of range
   */
  public static SyntheticCustomerBase of(int size, long seed, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    checkArgument(size >= 1 && size <= MAX_SIZE, "size must be in [1, %s] but was %s", MAX_SIZE, size);
    checkArgument(!asOf.isBefore(MIN_AS_OF) && !asOf.isAfter(MAX_AS_OF),
        "asOf must be in [%s, %s] but was %s", MIN_AS_OF, MAX_AS_OF, asOf);
    return new SyntheticCustomerBase(size, seed, asOf, DEFAULT_DUPLICATE_SHARE);
  }

  /**
   * Returns a copy with another share of planted duplicates.
   *
   * @param share the expected share, in [0, 0.5]
   * @return the copy
   * @throws IllegalArgumentException if the share is out of range
   */
  public SyntheticCustomerBase withDuplicateShare(double share) {
    checkArgument(share >= 0 && share <= 0.5, "duplicate share must be in [0, 0.5] but was %s", share);
    return new SyntheticCustomerBase(size, seed, asOf, share);
  }

  /** Returns the number of customers. */
  public int size() {
    return size;
  }

  /** Returns the seed. */
  public long seed() {
    return seed;
  }

  /** Returns the as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the as-of instant: the start of the as-of date in China (UTC+8). */
  public Instant asOfInstant() {
    return asOfInstant;
  }

  /** Returns the start of the two-year interaction window. */
  public Instant windowStart() {
    return windowStart;
  }

  /** Returns the expected share of planted duplicates. */
  public double duplicateShare() {
    return duplicateShare;
  }

  /**
   * Returns the id of the customer at an index: {@code C} and the index plus one in seven digits.
   *
   * @param index the index, 0..9999998
   * @return the id
   */
  public static CustomerId customerId(int index) {
    checkArgument(index >= 0 && index < MAX_SIZE, "index must be in [0, %s) but was %s", MAX_SIZE, index);
    String n = Integer.toString(index + 1);
    return new CustomerId("C" + "0000000".substring(n.length()) + n);
  }

  /**
   * Returns one customer's whole profile.
   *
   * @param index the index, 0..size-1
   * @return the profile, the same on every call
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public CustomerProfile profile(int index) {
    Persona p = persona(index);
    List<ConsentEvent> consent = ConsentFactory.create(new SplittableRandom(Pick.seed(seed, index, 2)), p);
    List<Interaction> interactions =
        InteractionFactory.create(new SplittableRandom(Pick.seed(seed, index, 1)), p, windowStart, consent);
    return new CustomerProfile(p.customer(), interactions, consent);
  }

  /**
   * Returns one customer without generating its interactions and consent history; equal to
   * {@code profile(index).customer()}.
   *
   * @param index the index, 0..size-1
   * @return the customer
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Customer customer(int index) {
    return persona(index).customer();
  }

  /** Returns every profile in index order, generated lazily one at a time. */
  public Stream<CustomerProfile> profiles() {
    return IntStream.range(0, size).mapToObj(this::profile);
  }

  /** Returns every customer in index order, without interactions, generated lazily. */
  public Stream<Customer> customers() {
    return IntStream.range(0, size).mapToObj(this::customer);
  }

  /**
   * Returns the index of the customer that a planted duplicate repeats, always a lower index
   * that is not itself a duplicate.
   *
   * @param index the index, 0..size-1
   * @return the original's index, or empty if the customer is not a planted duplicate
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public OptionalInt duplicateOf(int index) {
    checkIndex(index);
    if (!isDuplicate(index)) {
      return OptionalInt.empty();
    }
    int original = (int) (Pick.unit(seed, index, 8) * index);
    while (isDuplicate(original)) {
      original--;
    }
    return OptionalInt.of(original);
  }

  /** Returns the number of planted duplicates. */
  public int duplicateCount() {
    int n = 0;
    for (int i = 0; i < size; i++) {
      n += isDuplicate(i) ? 1 : 0;
    }
    return n;
  }

  private boolean isDuplicate(int index) {
    return index > 0 && Pick.unit(seed, index, 7) < duplicateShare;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index must be in [0, " + size + ") but was " + index);
    }
  }

  private Persona persona(int index) {
    checkIndex(index);
    SplittableRandom rng = new SplittableRandom(Pick.seed(seed, index, 0));
    OptionalInt original = duplicateOf(index);
    if (original.isEmpty()) {
      return CustomerFactory.create(rng, customerId(index), asOfInstant, Instant.MIN, Optional.empty(), STAGE_WEIGHTS);
    }
    Persona first = persona(original.getAsInt());
    Persona fresh = CustomerFactory.create(rng, customerId(index), asOfInstant,
        first.customer().createdAt().plusSeconds(InteractionFactory.DAY),
        Optional.of(first.customer().type()), DUPLICATE_STAGE_WEIGHTS);
    return DuplicateFactory.create(new SplittableRandom(Pick.seed(seed, index, 3)), fresh, first);
  }

  @Override
  public String toString() {
    return "SyntheticCustomerBase[size=" + size + ", seed=" + seed + ", asOf=" + asOf
        + ", duplicateShare=" + duplicateShare + "]";
  }
}
