package org.crmkit.scoring.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.interaction.Urgency;

/**
 * The care factors: complaints, satisfaction answers and renewals. Package-private; stateless.
 *
 * <p>Complaint score: 100 − 30 per open complaint − 20 more per open complaint past its reply-due
 * time without a reply (received or investigating) − 10 per closed complaint in the recent
 * window, floored at 0. Satisfaction score: the mean of 10 × the latest NPS answer and 25 × (the
 * latest CSAT answer − 1), over those given in the recent and baseline windows. Renewal score: the
 * worst contract's, 0 for a lost renewal, 25 for an overdue one, else 100.
 */
final class CareRules {
  private final EarlyWarningPolicy policy;
  private final BehaviourRules common;

  CareRules(EarlyWarningPolicy policy, BehaviourRules common) {
    this.policy = policy;
    this.common = common;
  }

  FactorResult complaints(CustomerHistory h) {
    List<Complaint> open = new ArrayList<>();
    List<Complaint> recent = new ArrayList<>();
    int overdue = 0;
    int recentClosed = 0;
    boolean urgent = false;
    for (Complaint c : h.complaints) {
      boolean isOpen = c.status() != ComplaintStatus.CLOSED;
      boolean isRecent = !day(c.occurredAt()).isBefore(h.recentStart);
      if (isOpen) {
        open.add(c);
        boolean unanswered = c.status() == ComplaintStatus.RECEIVED || c.status() == ComplaintStatus.INVESTIGATING;
        overdue += unanswered && c.replyDueAt().isBefore(h.asOf) ? 1 : 0;
        urgent |= c.urgency() == Urgency.HIGH || c.urgency() == Urgency.CRITICAL;
      } else if (isRecent) {
        recentClosed++;
      }
      if (isRecent) {
        recent.add(c);
      }
    }
    double score = FactorResult.clamp(100.0 - 30.0 * open.size() - 20.0 * overdue - 10.0 * recentClosed);
    List<ChurnWarning> warnings = new ArrayList<>();
    if (!open.isEmpty()) {
      LocalDate oldest = open.stream().map(c -> day(c.occurredAt())).min(Comparator.naturalOrder()).orElseThrow();
      warnings.add(common.warning(WarningCode.UNRESOLVED_COMPLAINT, overdue > 0 || urgent ? Severity.HIGH : Severity.MEDIUM,
          reason(h, open), List.of(
              Evidence.figure("openComplaints", open.size()),
              Evidence.figure("overdueComplaints", overdue),
              Evidence.date("oldestOpenComplaint", oldest))));
    }
    if (recent.size() >= policy.repeatedComplaints()) {
      warnings.add(common.warning(WarningCode.REPEATED_COMPLAINTS,
          recent.size() >= 2 * policy.repeatedComplaints() ? Severity.HIGH : Severity.MEDIUM, reason(h, recent), List.of(
              Evidence.figure("recentComplaints", recent.size()),
              Evidence.figure("threshold", policy.repeatedComplaints()),
              Evidence.date("recentWindowStart", h.recentStart))));
    }
    return new FactorResult(HealthFactor.COMPLAINTS, true, score, warnings);
  }

  private ChurnReason reason(CustomerHistory h, List<Complaint> complaints) {
    if (h.inferredReason == ChurnReason.COMPETITOR) {
      return h.inferredReason;
    }
    ChurnReason own = CustomerHistory.dominantReason(complaints, 0);
    return own == ChurnReason.UNKNOWN ? h.inferredReason : own;
  }

  FactorResult satisfaction(CustomerHistory h) {
    double sum = 0;
    int parts = 0;
    List<ChurnWarning> warnings = new ArrayList<>();
    if (h.latestNps.isPresent() && inLookback(h, h.latestNps.get())) {
      SurveyResponse s = h.latestNps.get();
      sum += 10.0 * s.score();
      parts++;
      if (s.score() <= 6) {
        warnings.add(common.warning(WarningCode.DETRACTOR, s.score() <= 3 ? Severity.HIGH : Severity.MEDIUM,
            h.inferredReason, List.of(Evidence.figure("npsScore", s.score()), Evidence.date("answeredOn", day(s.occurredAt())))));
      }
    }
    if (h.latestCsat.isPresent() && inLookback(h, h.latestCsat.get())) {
      SurveyResponse s = h.latestCsat.get();
      sum += 25.0 * (s.score() - 1);
      parts++;
      if (s.score() <= 2) {
        warnings.add(common.warning(WarningCode.DISSATISFIED, s.score() == 1 ? Severity.HIGH : Severity.MEDIUM,
            h.inferredReason, List.of(Evidence.figure("csatScore", s.score()), Evidence.date("answeredOn", day(s.occurredAt())))));
      }
    }
    if (parts == 0) {
      return FactorResult.notApplicable(HealthFactor.SATISFACTION);
    }
    return new FactorResult(HealthFactor.SATISFACTION, true, FactorResult.clamp(sum / parts), warnings);
  }

  private boolean inLookback(CustomerHistory h, SurveyResponse s) {
    return !day(s.occurredAt()).isBefore(h.baselineStart);
  }

  FactorResult renewals(CustomerHistory h) {
    Map<String, Renewal> latest = new HashMap<>();
    for (Renewal r : h.renewals) {
      latest.merge(r.contractId(), r, (x, y) -> later(x, y));
    }
    double worst = 100.0;
    boolean any = false;
    List<ChurnWarning> warnings = new ArrayList<>();
    List<String> contracts = new ArrayList<>(latest.keySet());
    contracts.sort(Comparator.naturalOrder());
    for (String contract : contracts) {
      Renewal r = latest.get(contract);
      if (r.periodEnd().isBefore(h.baselineStart)) {
        continue; // an old contract, outside the lookback
      }
      any = true;
      LocalDate graceStart = r.periodStart().plusDays(policy.renewalGraceDays());
      LocalDate graceEnd = r.periodEnd().plusDays(policy.renewalGraceDays());
      if (r.outcome() == RenewalOutcome.LOST) {
        worst = 0.0;
        warnings.add(common.warning(WarningCode.RENEWAL_LOST, Severity.HIGH, h.inferredReason,
            List.of(Evidence.date("periodStart", r.periodStart()), Evidence.date("recordedOn", day(r.occurredAt())))));
      } else if (r.outcome() == RenewalOutcome.PENDING && h.today.isAfter(graceStart)) {
        worst = Math.min(worst, 25.0);
        warnings.add(common.warning(WarningCode.RENEWAL_OVERDUE, Severity.HIGH, h.inferredReason,
            List.of(Evidence.date("periodStart", r.periodStart()),
                Evidence.figure("daysOverdue", h.today.toEpochDay() - r.periodStart().toEpochDay()))));
      } else if (r.outcome() != RenewalOutcome.PENDING && h.today.isAfter(graceEnd)) {
        worst = Math.min(worst, 25.0);
        warnings.add(common.warning(WarningCode.RENEWAL_OVERDUE, Severity.MEDIUM, h.inferredReason,
            List.of(Evidence.date("periodEnd", r.periodEnd()),
                Evidence.figure("daysOverdue", h.today.toEpochDay() - r.periodEnd().toEpochDay()))));
      }
    }
    return any ? new FactorResult(HealthFactor.RENEWALS, true, worst, warnings)
        : FactorResult.notApplicable(HealthFactor.RENEWALS);
  }

  private static Renewal later(Renewal x, Renewal y) {
    int byEnd = x.periodEnd().compareTo(y.periodEnd());
    if (byEnd != 0) {
      return byEnd > 0 ? x : y;
    }
    int byTime = x.occurredAt().compareTo(y.occurredAt());
    if (byTime != 0) {
      return byTime > 0 ? x : y;
    }
    return x.id().value().compareTo(y.id().value()) >= 0 ? x : y;
  }

  private LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, policy.zone());
  }
}
