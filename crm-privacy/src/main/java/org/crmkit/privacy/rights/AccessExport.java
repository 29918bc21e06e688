package org.crmkit.privacy.rights;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.access.AccessUsage;
import org.crmkit.privacy.spi.CustomerRequest;

/**
 * Everything the library holds about one customer, for an access request. Holds personal data:
 * {@link #toString()} shows the customer id and counts only. Immutable. {@code
 * org.crmkit.privacy.json.PrivacyJson#accessExport} writes it as JSON.
 *
 * @param generatedAt when it was produced
 * @param profile the profile, interactions and consent history
 * @param derived the derived data the host supplied (scores, tiers), by name
 * @param requests the customer's requests
 * @param accessLog the access-log entries whose read returned the customer, in log order; the
 *     other customers of those reads are not named
 * @param accessUsage which applications read which views, summed over the whole log
 */
public record AccessExport(Instant generatedAt, CustomerProfile profile, Map<String, String> derived,
    List<CustomerRequest> requests, List<AccessLogLine> accessLog, List<AccessUsage> accessUsage) {
  /** Validates and copies the parts. */
  public AccessExport {
    requireNonNull(generatedAt, "generatedAt");
    requireNonNull(profile, "profile");
    derived = Map.copyOf(derived);
    requests = List.copyOf(requests);
    accessLog = List.copyOf(accessLog);
    accessUsage = List.copyOf(accessUsage);
  }

  @Override
  public String toString() {
    return "AccessExport[customerId=" + profile.customer().id() + ", interactions="
        + profile.interactions().size() + ", consentEvents=" + profile.consentEvents().size()
        + ", derived=" + derived.keySet() + ", requests=" + requests.size() + ", accessLog=" + accessLog.size() + "]";
  }
}
