package org.crmkit.privacy.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * How one application used one view, summed over the access log: for the verification report
 * of which applications read data through which view. Immutable.
 *
 * @param applicationId the application
 * @param view the view's name
 * @param reads how many reads were granted
 * @param denials how many requests were refused
 * @param customers how many customers the granted reads returned in total
 */
public record AccessUsage(String applicationId, String view, long reads, long denials, long customers) {
  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public AccessUsage {
    requireNonNull(applicationId, "applicationId");
    requireNonNull(view, "view");
    checkArgument(reads >= 0 && denials >= 0 && customers >= 0,
        "counts must be >= 0 but were %s, %s, %s", reads, denials, customers);
  }
}
