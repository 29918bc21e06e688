package org.crmkit.privacy.access;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.internal.ViewEngine;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.pseudonym.Pseudonymizer;
import org.crmkit.privacy.spi.AccessOutcome;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/**
 * The one way to read a privacy view. Each {@code read} checks the viewer against the {@link
 * AccessPolicy}, applies the view, and appends exactly one entry to the {@link AccessLog}:
 * {@link AccessOutcome#GRANTED} with the ids of the customers returned (those a row filter
 * removed were not disclosed and are not named), or {@link
 * AccessOutcome#DENIED} before throwing {@link AccessDeniedException}. If the entry cannot be
 * written, no data is returned. Consent is decided at the gateway clock's current instant.
 * Immutable configuration; thread-safe.
 *
 * <pre>{@code
 * PrivacyGateway gateway = PrivacyGateway.builder(keySource, clock).build();
 * List<ProfileView> rows = gateway.read(Viewer.of("crm-web", "u42", "customer-service", "user"),
 *     ViewSpec.standard(), profiles);
 * }</pre>
 */
public final class PrivacyGateway {
  private final ViewEngine engine;
  private final AccessPolicy policy;
  private final AccessLog log;
  private final Clock clock;
  private final DataDictionary dictionary;

  private PrivacyGateway(Builder b) {
    this.dictionary = b.dictionary;
    this.engine = new ViewEngine(b.dictionary, Pseudonymizer.of(b.keys), b.recipients, b.gate);
    this.policy = b.policy;
    this.log = b.log;
    this.clock = b.clock;
  }

  /**
   * Starts a builder. Defaults: {@link DataDictionary#standard()}, {@link AccessPolicy#defaults()},
   * an in-memory access log, no disclosure recipients, consent read from each profile's events.
   *
   * @param keys the host's key source for pseudonyms
   * @param clock the clock for log entries and consent decisions
   * @return the builder
   */
  public static Builder builder(KeySource keys, Clock clock) {
    return new Builder(keys, clock);
  }

  /**
   * Reads a view of profiles, without derived data.
   *
   * @param viewer who reads
   * @param view which view
   * @param profiles the profiles
   * @return the customers the view keeps, in input order
   * @throws AccessDeniedException if the viewer may not read the view, or the view is selective
   *     for a recipient without a policy
   */
  public List<ProfileView> read(Viewer viewer, ViewSpec view, List<CustomerProfile> profiles) {
    return read(viewer, view, profiles, id -> Map.of());
  }

  /**
   * Reads a view of profiles with derived data (scores, tiers) that the view treats like any
   * other field, under the dictionary paths {@code derived.<name>}.
   *
   * @param viewer who reads
   * @param view which view
   * @param profiles the profiles
   * @param derived the derived values of a customer, by name; empty map for none
   * @return the customers the view keeps, in input order
   * @throws AccessDeniedException if the viewer may not read the view, or the view is selective
   *     for a recipient without a policy
   */
  public List<ProfileView> read(Viewer viewer, ViewSpec view, List<CustomerProfile> profiles,
      Function<CustomerId, Map<String, AttributeValue>> derived) {
    requireNonNull(viewer, "viewer");
    requireNonNull(view, "view");
    requireNonNull(derived, "derived");
    List<CustomerProfile> input = new ArrayList<>(requireNonNull(profiles, "profiles"));
    Instant now = clock.instant();
    String refusal = refusal(viewer, view);
    if (refusal != null) {
      log.append(now, viewer, view.name(), List.of(), AccessOutcome.DENIED);
      throw new AccessDeniedException(refusal);
    }
    ViewEngine.Read read = engine.apply(view, input, derived, now);
    log.append(now, viewer, view.name(), read.subjects(), AccessOutcome.GRANTED);
    return read.views();
  }

  /**
   * Reads a view of one profile.
   *
   * @param viewer who reads
   * @param view which view
   * @param profile the profile
   * @return the profile's view, or empty if the view removes the customer
   * @throws AccessDeniedException if the viewer may not read the view
   */
  public Optional<ProfileView> read(Viewer viewer, ViewSpec view, CustomerProfile profile) {
    List<ProfileView> out = read(viewer, view, List.of(requireNonNull(profile, "profile")));
    return out.stream().findFirst();
  }

  private String refusal(Viewer viewer, ViewSpec view) {
    if (!policy.permits(viewer, view)) {
      return "application " + viewer.applicationId() + " with roles " + viewer.roles()
          + " may not read view " + view.name();
    }
    if (view.kind() == ViewKind.SELECTIVE && !engine.hasRecipient(((ViewSpec.Selective) view).recipient())) {
      return "view " + view.name() + " has no recipient policy";
    }
    return null;
  }

  /** Returns the access log. */
  public AccessLog accessLog() {
    return log;
  }

  /** Returns the access policy. */
  public AccessPolicy policy() {
    return policy;
  }

  /**
   * Returns the transform a view applies to a field (for the privacy report).
   *
   * @param view the view
   * @param path the field's dotted path, as in the data dictionary
   * @return the transform
   * @throws IllegalArgumentException if the view is selective for a recipient without a policy
   */
  public FieldTransform transformOf(ViewSpec view, String path) {
    return engine.transformOf(view, path);
  }

  /**
   * Returns the disclosure recipients that have a policy.
   *
   * @return their names, unmodifiable
   */
  public java.util.Set<String> recipients() {
    return engine.recipients();
  }

  /** Returns the data dictionary. */
  public DataDictionary dictionary() {
    return dictionary;
  }

  @Override
  public String toString() {
    return "PrivacyGateway[" + policy.grants().keySet() + ", " + log + "]";
  }

  /** Configures a {@link PrivacyGateway}. Not thread-safe; the gateway it builds is. */
  public static final class Builder {
    private final KeySource keys;
    private final Clock clock;
    private DataDictionary dictionary = DataDictionary.standard();
    private AccessPolicy policy = AccessPolicy.defaults();
    private AccessLog log;
    private Optional<ConsentGate> gate = Optional.empty();
    private final List<RecipientPolicy> recipients = new ArrayList<>();

    private Builder(KeySource keys, Clock clock) {
      this.keys = requireNonNull(keys, "keys");
      this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Sets the data dictionary, with the host's attributes and derived values.
     *
     * @param value the dictionary
     * @return this builder
     */
    public Builder dictionary(DataDictionary value) {
      this.dictionary = requireNonNull(value, "dictionary");
      return this;
    }

    /**
     * Sets the access policy.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder policy(AccessPolicy value) {
      this.policy = requireNonNull(value, "policy");
      return this;
    }

    /**
     * Sets the access log, for example over the host's own {@code AccessLogStore}.
     *
     * @param value the log
     * @return this builder
     */
    public Builder accessLog(AccessLog value) {
      this.log = requireNonNull(value, "accessLog");
      return this;
    }

    /**
     * Decides consent with the host's gate instead of each profile's own events.
     *
     * @param value the gate
     * @return this builder
     */
    public Builder consentGate(ConsentGate value) {
      this.gate = Optional.of(requireNonNull(value, "consentGate"));
      return this;
    }

    /**
     * Adds a disclosure recipient's allow-list.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder recipient(RecipientPolicy value) {
      recipients.add(requireNonNull(value, "recipient"));
      return this;
    }

    /**
     * Builds the gateway.
     *
     * @return the gateway
     * @throws IllegalArgumentException if a recipient policy grants a sensitive or unclassified
     *     field, grants a key field other than as a pseudonym, or a recipient has two policies
     */
    public PrivacyGateway build() {
      if (log == null) {
        log = AccessLog.inMemory();
      }
      return new PrivacyGateway(this);
    }
  }
}
