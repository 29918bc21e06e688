package org.crmkit.scoring.churn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.RefundKind;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.profile.CustomerProfile;

/**
 * The facts of one customer's history up to the assessment, in calendar days of the policy's
 * zone. Interactions after the assessment time are ignored. Package-private; immutable once built.
 */
final class CustomerHistory {
  final LocalDate today;
  final LocalDate recentStart; // first day of the recent window
  final LocalDate baselineStart; // first day of the baseline window
  final LocalDate createdOn;
  final long[] purchaseDays; // distinct, sorted epoch days
  final long[] contactDays; // every customer-initiated contact, sorted
  final long[] visitDays; // every site or app visit, sorted
  final Optional<Currency> spendCurrency; // of the latest purchase
  final BigDecimal recentSpend;
  final BigDecimal baselineSpend;
  final List<Complaint> complaints;
  final Optional<SurveyResponse> latestNps;
  final Optional<SurveyResponse> latestCsat;
  final List<Renewal> renewals;
  final ChurnReason inferredReason;
  final Instant asOf;

  CustomerHistory(CustomerProfile profile, Instant asOf, EarlyWarningPolicy policy) {
    this.asOf = asOf;
    this.today = LocalDate.ofInstant(asOf, policy.zone());
    this.recentStart = today.minusDays(policy.recentDays() - 1L);
    this.baselineStart = recentStart.minusDays(policy.baselineDays());
    this.createdOn = LocalDate.ofInstant(profile.customer().createdAt(), policy.zone());
    List<Purchase> purchases = new ArrayList<>();
    List<Refund> refunds = new ArrayList<>();
    List<Long> contacts = new ArrayList<>();
    List<Long> visits = new ArrayList<>();
    List<Complaint> complaintList = new ArrayList<>();
    List<Renewal> renewalList = new ArrayList<>();
    SurveyResponse nps = null;
    SurveyResponse csat = null;
    for (Interaction i : profile.interactions()) {
      if (i.occurredAt().isAfter(asOf)) {
        continue;
      }
      long day = day(i.occurredAt(), policy);
      if (i instanceof Purchase) {
        Purchase p = (Purchase) i;
        if (p.payment() != PaymentStatus.CANCELLED && p.payment() != PaymentStatus.FAILED) {
          purchases.add(p);
        }
      } else if (i instanceof Refund) {
        refunds.add((Refund) i);
      } else if (i instanceof SiteVisit) {
        visits.add(day);
      } else if (i instanceof Complaint) {
        complaintList.add((Complaint) i);
      } else if (i instanceof Renewal) {
        renewalList.add((Renewal) i);
      } else if (i instanceof SurveyResponse) {
        SurveyResponse s = (SurveyResponse) i;
        contacts.add(day);
        if (s.question().scale().kind() == Scale.Kind.NPS && isLater(s, nps)) {
          nps = s;
        } else if (s.question().scale().kind() == Scale.Kind.CSAT && isLater(s, csat)) {
          csat = s;
        }
      } else if (isCustomerContact(i)) {
        contacts.add(day);
      }
    }
    // Every list in a fixed order, so that the assessment does not depend on the input's order.
    purchases.sort(LATEST);
    refunds.sort(LATEST);
    complaintList.sort(LATEST);
    renewalList.sort(LATEST);
    this.purchaseDays = purchases.stream().mapToLong(p -> day(p.occurredAt(), policy)).distinct().sorted().toArray();
    this.contactDays = contacts.stream().mapToLong(Long::longValue).sorted().toArray();
    this.visitDays = visits.stream().mapToLong(Long::longValue).sorted().toArray();
    Optional<Purchase> latest = purchases.stream().max(LATEST);
    this.spendCurrency = latest.map(p -> p.amount().currency());
    BigDecimal recent = BigDecimal.ZERO;
    BigDecimal baseline = BigDecimal.ZERO;
    long recentFrom = recentStart.toEpochDay();
    long baselineFrom = baselineStart.toEpochDay();
    for (Purchase p : purchases) {
      if (spendCurrency.get().equals(p.amount().currency())) {
        long d = day(p.occurredAt(), policy);
        recent = d >= recentFrom ? recent.add(p.amount().amount()) : recent;
        baseline = d >= baselineFrom && d < recentFrom ? baseline.add(p.amount().amount()) : baseline;
      }
    }
    for (Refund r : refunds) {
      if (spendCurrency.isPresent() && spendCurrency.get().equals(r.amount().currency())) {
        long d = day(r.occurredAt(), policy);
        recent = d >= recentFrom ? recent.subtract(r.amount().amount()) : recent;
        baseline = d >= baselineFrom && d < recentFrom ? baseline.subtract(r.amount().amount()) : baseline;
      }
    }
    this.recentSpend = recent.max(BigDecimal.ZERO);
    this.baselineSpend = baseline.max(BigDecimal.ZERO);
    this.complaints = List.copyOf(complaintList);
    this.renewals = List.copyOf(renewalList);
    this.latestNps = Optional.ofNullable(nps);
    this.latestCsat = Optional.ofNullable(csat);
    this.inferredReason = inferReason(profile, refunds, policy);
  }

  private static long day(Instant instant, EarlyWarningPolicy policy) {
    return LocalDate.ofInstant(instant, policy.zone()).toEpochDay();
  }

  /** Contacts the customer made or took part in: inbound messages, service, reached follow-ups. */
  private static boolean isCustomerContact(Interaction i) {
    if (i instanceof Communication) {
      return ((Communication) i).direction() == Direction.INBOUND;
    }
    if (i instanceof FollowUp) {
      return ((FollowUp) i).outcome() == FollowUpOutcome.REACHED;
    }
    return i.kind() == org.crmkit.core.interaction.InteractionKind.SERVICE;
  }

  /** Maps a complaint cause to a churn reason. */
  static ChurnReason reasonOf(ComplaintCause cause) {
    switch (cause) {
      case MONEY:
        return ChurnReason.PRICE;
      case PRODUCT:
      case LABELLING:
        return ChurnReason.QUALITY;
      case SERVICE_ATTITUDE:
      case EXPLANATION:
      case BROKEN_PROMISE:
      case DELIVERY:
        return ChurnReason.SERVICE;
      default:
        return ChurnReason.UNKNOWN;
    }
  }

  /** The dominant reason among some complaints (ties: price, quality, service), or UNKNOWN. */
  static ChurnReason dominantReason(List<Complaint> complaints, int returns) {
    Map<ChurnReason, Integer> votes = new EnumMap<>(ChurnReason.class);
    for (Complaint c : complaints) {
      votes.merge(reasonOf(c.cause()), 1, Integer::sum);
    }
    votes.merge(ChurnReason.QUALITY, returns, Integer::sum);
    votes.remove(ChurnReason.UNKNOWN);
    ChurnReason best = ChurnReason.UNKNOWN;
    int most = 0;
    for (ChurnReason r : new ChurnReason[] {ChurnReason.PRICE, ChurnReason.QUALITY, ChurnReason.SERVICE}) {
      int n = votes.getOrDefault(r, 0);
      if (n > most) {
        best = r;
        most = n;
      }
    }
    return best;
  }

  private ChurnReason inferReason(CustomerProfile profile, List<Refund> refunds, EarlyWarningPolicy policy) {
    for (String tag : profile.customer().tags()) {
      if (policy.competitorTags().contains(tag)) {
        return ChurnReason.COMPETITOR;
      }
    }
    long from = baselineStart.toEpochDay();
    List<Complaint> lookback = new ArrayList<>();
    for (Complaint c : complaints) {
      if (day(c.occurredAt(), policy) >= from) {
        lookback.add(c);
      }
    }
    int returns = (int) refunds.stream()
        .filter(r -> r.refundKind() == RefundKind.RETURN && day(r.occurredAt(), policy) >= from).count();
    return dominantReason(lookback, returns);
  }

  /** Counts the sorted days in [from, to]. */
  static int count(long[] sortedDays, LocalDate from, LocalDate to) {
    int lo = lowerBound(sortedDays, from.toEpochDay());
    int hi = lowerBound(sortedDays, to.toEpochDay() + 1);
    return hi - lo;
  }

  private static int lowerBound(long[] sorted, long key) {
    int i = Arrays.binarySearch(sorted, key);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == key) {
      i--;
    }
    return i;
  }

  /** Days of the recent window. */
  int recentLength() {
    return (int) (today.toEpochDay() - recentStart.toEpochDay() + 1);
  }

  /** Days of the baseline window. */
  int baselineLength() {
    return (int) (recentStart.toEpochDay() - baselineStart.toEpochDay());
  }

  // "Latest" must not depend on the order of the interactions: simultaneous ones are ordered by id.
  private static final java.util.Comparator<Interaction> LATEST =
      java.util.Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id);

  private static boolean isLater(Interaction candidate, Interaction current) {
    return current == null || LATEST.compare(candidate, current) > 0;
  }
}
