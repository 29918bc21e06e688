package org.crmkit.privacy.view;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer's profile as a view shows it: the customer, its interactions, its consent events
 * and derived data, each with only the fields the view grants, masked or generalised as the view
 * says. The layout is the export format's ({@code customer}, {@code interactions}, {@code
 * consentEvents}) plus {@code derived}. Immutable; {@code toString()} shows counts only.
 *
 * @param view the view that produced it
 * @param subject the customer id, or its keyed pseudonym in the anonymous and selective views
 * @param customer the customer's fields
 * @param interactions the interactions' fields, oldest first as given; interactions left with no
 *     field are dropped
 * @param consentEvents the consent events' fields, in the order given
 * @param derived derived values such as scores, by name
 */
public record ProfileView(ViewSpec view, String subject, ViewValue.Group customer,
    List<ViewValue.Group> interactions, List<ViewValue.Group> consentEvents, ViewValue.Group derived) {

  /** Rejects nulls and copies the lists. */
  public ProfileView {
    requireNonNull(view, "view");
    requireNonNull(subject, "subject");
    requireNonNull(customer, "customer");
    interactions = List.copyOf(interactions);
    consentEvents = List.copyOf(consentEvents);
    requireNonNull(derived, "derived");
  }

  /**
   * Returns the plain Java form in the export layout: {@code {"customer":…, "interactions":[…],
   * "consentEvents":[…], "derived":{…}}}, with empty parts left out.
   *
   * @return an unmodifiable map, see {@link ViewValue#toPlain()}
   */
  public Map<String, Object> toPlain() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer", customer.toPlain());
    if (!interactions.isEmpty()) {
      out.put("interactions", new ViewValue.Items(List.<ViewValue>copyOf(interactions)).toPlain());
    }
    if (!consentEvents.isEmpty()) {
      out.put("consentEvents", new ViewValue.Items(List.<ViewValue>copyOf(consentEvents)).toPlain());
    }
    if (!derived.isEmpty()) {
      out.put("derived", derived.toPlain());
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "ProfileView[view=" + view.name() + ", interactions=" + interactions.size()
        + ", consentEvents=" + consentEvents.size() + "]";
  }
}
