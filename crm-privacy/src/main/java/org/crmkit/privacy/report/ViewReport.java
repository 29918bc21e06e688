package org.crmkit.privacy.report;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.privacy.view.ViewKind;

/**
 * One view in the privacy report: who may read it and what it does to each field. Immutable.
 *
 * @param view the view's name, for example {@code opt-out:direct-marketing}
 * @param kind its kind
 * @param roles the roles the access policy lets read it (its privilege level), sorted
 * @param transforms the transform applied to each dictionary field, in dictionary order, for
 *     example {@code mask} or {@code mask-keeping(3,4)}
 */
public record ViewReport(String view, ViewKind kind, List<String> roles, Map<String, String> transforms) {
  /** Validates and copies the parts. */
  public ViewReport {
    requireNonNull(view, "view");
    requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
    transforms = Collections.unmodifiableMap(new LinkedHashMap<>(transforms));
  }
}
