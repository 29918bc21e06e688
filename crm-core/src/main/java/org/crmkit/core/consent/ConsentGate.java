package org.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crmkit.core.CustomerId;

/**
 * The check other modules make before processing a customer's data for a purpose. Scoring asks
 * it before profiling ({@link Purpose#AUTOMATED_DECISION}), privacy views before disclosure,
 * follow-up planning before marketing. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ConsentGate {

  /**
   * Decides whether a customer may be processed for a purpose, optionally for a named recipient.
   *
   * @param customerId the customer
   * @param purpose the purpose
   * @param recipient the recipient, or empty for the general question
   * @param asOf the time the processing happens
   * @return the decision, with its basis
   */
  ConsentDecision check(CustomerId customerId, Purpose purpose, Optional<String> recipient, Instant asOf);

  /**
   * Decides the general question for a purpose.
   *
   * @param customerId the customer
   * @param purpose the purpose
   * @param asOf the time
   * @return the decision
   */
  default ConsentDecision check(CustomerId customerId, Purpose purpose, Instant asOf) {
    return check(customerId, purpose, Optional.empty(), asOf);
  }

  /**
   * Returns whether processing is allowed.
   *
   * @param customerId the customer
   * @param purpose the purpose
   * @param asOf the time
   * @return whether allowed
   */
  default boolean isAllowed(CustomerId customerId, Purpose purpose, Instant asOf) {
    return check(customerId, purpose, asOf).allowed();
  }

  /**
   * Returns a gate that reads each customer's history from a source, such as {@code
   * consentStore::history}, and applies {@link ConsentLedger#decide}.
   *
   * @param histories the history of a customer, possibly empty
   * @return the gate
   */
  static ConsentGate over(Function<CustomerId, List<ConsentEvent>> histories) {
    requireNonNull(histories, "histories");
    return (customerId, purpose, recipient, asOf) ->
        ConsentLedger.of(customerId, histories.apply(requireNonNull(customerId, "customerId")))
            .decide(purpose, recipient, asOf);
  }
}
