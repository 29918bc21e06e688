package org.crmkit.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.interaction.Channel;

/**
 * Consent histories: grants at sign-up, later opt-outs and withdrawals, grants that expire (some
 * with an explicit expiry event), and third-party grants limited to named recipients.
 */
final class ConsentFactory {
  /** The named recipients of third-party disclosure. */
  static final String[] RECIPIENTS = {"partner:insurance", "partner:logistics", "partner:bank",
    "partner:telecom", "partner:analytics"};
  private static final Channel[] SIGN_UP = {Channel.WEB, Channel.APP, Channel.STORE, Channel.PHONE};
  private static final double[] SIGN_UP_WEIGHTS = {0.35, 0.35, 0.2, 0.1};
  private static final Channel[] LATER = {Channel.WEB, Channel.APP, Channel.SMS, Channel.PHONE, Channel.EMAIL};
  private static final long YEAR = 365L * 86_400;

  private ConsentFactory() {}

  private record Draft(Purpose purpose, ConsentStatus status, Instant at, Optional<Instant> expires,
      Channel channel, String actor, Set<String> recipients) {}

  /**
   * Makes a customer's consent history, ordered by effective time, with ids {@code <id>.k<n>}.
   *
   * @param rng the customer's consent generator
   * @param persona the customer
   * @return the events, all effective before the as-of instant
   */
  static List<ConsentEvent> create(SplittableRandom rng, Persona persona) {
    Customer c = persona.customer();
    Instant asOf = persona.plan().asOf();
    Instant start = c.createdAt();
    Channel signUp = Pick.weighted(rng, SIGN_UP, SIGN_UP_WEIGHTS);
    String staff = c.accountManager().orElse("AM-001");
    String signUpActor = signUp == Channel.WEB || signUp == Channel.APP ? "self" : staff;
    List<Draft> drafts = new ArrayList<>();
    if (Pick.chance(rng, 0.65)) {
      drafts.add(new Draft(Purpose.DIRECT_MARKETING, ConsentStatus.GRANTED, start, Optional.empty(), signUp, signUpActor, Set.of()));
      double x = rng.nextDouble();
      if (x < 0.2) {
        Instant t = Pick.between(rng, start.plusSeconds(60), asOf);
        drafts.add(later(rng, Purpose.DIRECT_MARKETING, x < 0.15 ? ConsentStatus.OPTED_OUT : ConsentStatus.WITHDRAWN, t, Set.of()));
        if (Pick.chance(rng, 0.15)) {
          drafts.add(later(rng, Purpose.DIRECT_MARKETING, ConsentStatus.GRANTED, Pick.between(rng, t.plusSeconds(60), asOf), Set.of()));
        }
      }
    } else if (Pick.chance(rng, 0.08)) {
      drafts.add(later(rng, Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, Pick.between(rng, start, asOf), Set.of()));
    }
    if (Pick.chance(rng, 0.06)) {
      Instant t = Pick.between(rng, start, asOf);
      drafts.add(later(rng, Purpose.AUTOMATED_DECISION, ConsentStatus.OPTED_OUT, t, Set.of()));
      if (Pick.chance(rng, 0.2)) {
        drafts.add(later(rng, Purpose.AUTOMATED_DECISION, ConsentStatus.GRANTED, Pick.between(rng, t.plusSeconds(60), asOf), Set.of()));
      }
    }
    double x = rng.nextDouble();
    if (x < 0.3) {
      Set<String> recipients = x < 0.25 ? recipients(rng) : Set.of();
      Instant t = Pick.between(rng, start, asOf);
      Optional<Instant> expires = Pick.chance(rng, 0.6) ? Optional.of(t.plusSeconds(YEAR)) : Optional.empty();
      drafts.add(new Draft(Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, t, expires, signUp, signUpActor, recipients));
      if (expires.isPresent() && expires.get().isBefore(asOf) && Pick.chance(rng, 0.5)) {
        drafts.add(new Draft(Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.EXPIRED, expires.get(), Optional.empty(),
            Channel.OTHER, "system:consent-expiry", recipients));
      } else if (Pick.chance(rng, 0.1)) {
        Instant end = expires.filter(e -> e.isBefore(asOf)).orElse(asOf);
        drafts.add(later(rng, Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.WITHDRAWN, Pick.between(rng, t.plusSeconds(60), end), recipients));
      }
    }
    boolean sensitive = !c.sensitive().isEmpty();
    if (sensitive ? Pick.chance(rng, 0.8) : Pick.chance(rng, 0.01)) {
      Optional<Instant> expires = Pick.chance(rng, 0.3) ? Optional.of(start.plusSeconds(2 * YEAR)) : Optional.empty();
      drafts.add(new Draft(Purpose.SENSITIVE_DATA_USE, ConsentStatus.GRANTED, start, expires, signUp, signUpActor, Set.of()));
      if (Pick.chance(rng, 0.12)) {
        drafts.add(later(rng, Purpose.SENSITIVE_DATA_USE, ConsentStatus.WITHDRAWN, Pick.between(rng, start.plusSeconds(60), asOf), Set.of()));
      }
    }
    drafts.sort(Comparator.comparing(Draft::at));
    List<ConsentEvent> events = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (!d.at().isBefore(asOf)) {
        continue;
      }
      Instant recorded = d.at().plusSeconds(rng.nextInt(3600));
      events.add(new ConsentEvent(c.id().value() + ".k" + (events.size() + 1), c.id(), d.purpose(), d.status(),
          d.at(), recorded.isBefore(asOf) ? recorded : d.at(), d.expires(), d.channel(),
          notice(d.at()), d.actor(), d.recipients()));
    }
    return events;
  }

  private static Draft later(SplittableRandom rng, Purpose purpose, ConsentStatus status, Instant at, Set<String> recipients) {
    Channel channel = Pick.one(rng, LATER);
    return new Draft(purpose, status, at, Optional.empty(), channel, "self", recipients);
  }

  private static Set<String> recipients(SplittableRandom rng) {
    String first = Pick.one(rng, RECIPIENTS);
    String second = Pick.one(rng, RECIPIENTS);
    return Pick.chance(rng, 0.3) && !first.equals(second) ? Set.of(first, second) : Set.of(first);
  }

  /** The privacy-notice version in force: a new one each half-year. */
  private static String notice(Instant at) {
    LocalDate d = LocalDate.ofInstant(at, CustomerFactory.CHINA);
    return "privacy-notice-" + d.getYear() + "." + (d.getMonthValue() <= 6 ? 1 : 2);
  }
}
