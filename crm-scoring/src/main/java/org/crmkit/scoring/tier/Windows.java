package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** Checks shared by the qualification windows. */
final class Windows {
  private Windows() {}

  static void checkNotBeforeEnrolment(LocalDate date, LocalDate enrolledOn) {
    requireNonNull(date, "date");
    requireNonNull(enrolledOn, "enrolledOn");
    checkArgument(!date.isBefore(enrolledOn), "date must not be before enrolledOn %s but was %s", enrolledOn, date);
  }
}
