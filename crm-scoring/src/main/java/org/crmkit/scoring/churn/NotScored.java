package org.crmkit.scoring.churn;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentBasis;

/**
 * "Not scored: opted out": the customer may not be profiled for automated decisions, so there is
 * no score, warning or probability, only the consent facts that decided it. Immutable.
 *
 * @param customerId the customer
 * @param asOf the time of the assessment
 * @param reason why there is no score
 * @param basis the consent decision's basis ({@link ConsentBasis#OPTED_OUT}, {@code WITHDRAWN} …)
 * @param consentEventId the ledger event that decided, if any
 */
public record NotScored(CustomerId customerId, Instant asOf, NotScoredReason reason, ConsentBasis basis,
    Optional<String> consentEventId) implements ChurnAssessment, ProbabilisticAssessment {

  /** Rejects nulls. */
  public NotScored {
    requireNonNull(customerId, "customerId");
    requireNonNull(asOf, "asOf");
    requireNonNull(reason, "reason");
    requireNonNull(basis, "basis");
    requireNonNull(consentEventId, "consentEventId");
  }

  @Override
  public boolean isScored() {
    return false;
  }

  /** Returns the fixed message {@code not scored: opted out}, fit for a report or a log. */
  public String message() {
    return "not scored: opted out";
  }
}
