package org.crmkit.core.service;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;

/**
 * What a merge did. Immutable.
 *
 * @param merged the stored survivor after the merge
 * @param mergedAway the id of the customer that no longer exists
 * @param changedFields the names of the survivor's fields that the merge changed
 * @param interactionsMoved how many interactions moved to the survivor
 * @param consentEventsCopied how many consent events were copied to the survivor's ledger
 */
public record MergeResult(Customer merged, CustomerId mergedAway, Set<String> changedFields,
    int interactionsMoved, int consentEventsCopied) {

  /** Validates counts and copies the set. */
  public MergeResult {
    requireNonNull(merged, "merged");
    requireNonNull(mergedAway, "mergedAway");
    changedFields = Set.copyOf(changedFields);
    checkArgument(interactionsMoved >= 0, "interactionsMoved must be >= 0 but was %s", interactionsMoved);
    checkArgument(consentEventsCopied >= 0, "consentEventsCopied must be >= 0 but was %s", consentEventsCopied);
  }
}
