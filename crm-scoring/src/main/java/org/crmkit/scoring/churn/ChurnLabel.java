package org.crmkit.scoring.churn;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.crmkit.core.CustomerId;

/**
 * A churned customer's label: which of the six kinds of seed 004 and when the customer was lost.
 * Set by a person or a host rule after analysing the loss (分析阶段). Immutable.
 *
 * @param customerId the customer
 * @param kind the kind of churn
 * @param churnedOn the day the customer was considered lost
 */
public record ChurnLabel(CustomerId customerId, ChurnKind kind, LocalDate churnedOn) {

  /** Rejects nulls. */
  public ChurnLabel {
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    requireNonNull(churnedOn, "churnedOn");
  }
}
