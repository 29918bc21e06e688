package org.crmkit.privacy.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/**
 * Finds the subjects of a granted read, the ids of the input customers a view returned, for its
 * access-log entry. The view engine returns, in input order, a view per customer its row filter
 * keeps: when it keeps all, the subjects are the input's ids; otherwise the kept customers are
 * matched by the id each view shows, or, in a selective view whose ids are pseudonyms, by the
 * same consent decision the filter takes. A result that does not account for every returned view
 * is a bug and fails, so that no read is logged with the wrong customers. Stateless.
 */
final class ReadSubjects {
  private ReadSubjects() {}

  /**
   * Returns the subjects of a read.
   *
   * @param view the view read
   * @param input the profiles given to the view, in order
   * @param out what the view returned
   * @param gate the gateway's consent gate, if it has one
   * @param at the instant of the read, at which consent was decided
   * @return the ids, in the order returned, immutable
   * @throws IllegalStateException if the returned views cannot be matched to input customers
   */
  static List<CustomerId> of(ViewSpec view, List<CustomerProfile> input, List<ProfileView> out,
      Optional<ConsentGate> gate, Instant at) {
    int n = out.size();
    CustomerId[] ids = new CustomerId[n];
    if (n == input.size()) {
      for (int i = 0; i < n; i++) {
        ids[i] = input.get(i).customer().id();
      }
      return List.of(ids);
    }
    int j = 0;
    if (view.kind() != ViewKind.ANONYMOUS && view.kind() != ViewKind.SELECTIVE) {
      // The view shows the customer id as its subject; outputs are a subsequence of the input.
      for (int i = 0, size = input.size(); i < size && j < n; i++) {
        CustomerId id = input.get(i).customer().id();
        if (out.get(j).subject().equals(id.value())) {
          ids[j++] = id;
        }
      }
    } else if (view.kind() == ViewKind.SELECTIVE) {
      Optional<String> recipient = Optional.of(((ViewSpec.Selective) view).recipient());
      for (int i = 0, size = input.size(); i < size; i++) {
        CustomerProfile p = input.get(i);
        if (allowed(p, recipient, gate, at)) {
          if (j < n) {
            ids[j] = p.customer().id();
          }
          j++;
        }
      }
    }
    if (j != n) {
      throw new IllegalStateException("view " + view.name() + " returned " + n + " of " + input.size()
          + " customers but " + j + " of them could be named for the access log");
    }
    return List.of(ids);
  }

  private static boolean allowed(CustomerProfile p, Optional<String> recipient, Optional<ConsentGate> gate,
      Instant at) {
    if (gate.isPresent()) {
      return gate.get().check(p.customer().id(), Purpose.THIRD_PARTY_DISCLOSURE, recipient, at).allowed();
    }
    return p.consent().decide(Purpose.THIRD_PARTY_DISCLOSURE, recipient, at).allowed();
  }
}
