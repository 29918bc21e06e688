package org.crmkit.scoring.churn;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One churn warning: what it is about, how urgent, the analysed reason, the suggested retention
 * action and the evidence. Immutable.
 *
 * @param code what the warning is about
 * @param severity how urgent
 * @param reason the analysed reason
 * @param action the suggested retention action for the reason (per the policy)
 * @param evidence the facts, in a fixed order per code
 */
public record ChurnWarning(WarningCode code, Severity severity, ChurnReason reason,
    RetentionAction action, List<Evidence> evidence) {

  /** Rejects nulls and copies the evidence. */
  public ChurnWarning {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(reason, "reason");
    requireNonNull(action, "action");
    evidence = List.copyOf(evidence);
  }
}
