package org.crmkit.privacy.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.pseudonym.Pseudonymizer;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;
import org.crmkit.privacy.view.ViewValue;

/**
 * Applies a view to profiles: the row filter of the opt-out and selective views, then the
 * field plan. Immutable configuration, thread-safe. Not API: use {@code PrivacyGateway}.
 */
public final class ViewEngine {
  private final DataDictionary dictionary;
  private final Transformer transformer;
  private final Pseudonymizer pseudonymizer;
  private final Map<String, RecipientPolicy> recipients;
  private final Optional<ConsentGate> gate;
  /** The resolved plan of each view read so far. */
  private final ConcurrentHashMap<ViewSpec, Compiled> plans = new ConcurrentHashMap<>();

  /** A view's plan and its steps for the customer record, resolved once and shared. */
  private record Compiled(Plan plan, CustomerSteps steps) {}

  /**
   * Creates an engine.
   *
   * @param dictionary the data dictionary
   * @param pseudonymizer the keyed pseudonyms
   * @param recipients the allow-list of each disclosure recipient
   * @param gate the host's consent gate, or empty to read each profile's own consent events
   * @throws IllegalArgumentException if a recipient policy grants a sensitive field or a key in clear
   */
  public ViewEngine(DataDictionary dictionary, Pseudonymizer pseudonymizer,
      List<RecipientPolicy> recipients, Optional<ConsentGate> gate) {
    this.dictionary = requireNonNull(dictionary, "dictionary");
    this.pseudonymizer = requireNonNull(pseudonymizer, "pseudonymizer");
    this.transformer = new Transformer(pseudonymizer);
    Map<String, RecipientPolicy> m = new HashMap<>();
    for (RecipientPolicy p : recipients) {
      Rules.checkPolicy(p, dictionary);
      checkArgument(m.put(p.recipient(), p) == null,
          "recipient must have one policy but %s had several", p.recipient());
    }
    this.recipients = Map.copyOf(m);
    this.gate = requireNonNull(gate, "gate");
  }

  /**
   * Returns whether a recipient has a policy.
   *
   * @param recipient the recipient
   * @return whether the selective view of that recipient can be read
   */
  public boolean hasRecipient(String recipient) {
    return recipients.containsKey(recipient);
  }

  /**
   * What a read returned: a view per customer the row filter kept, and those customers' ids.
   *
   * @param views the views, in input order
   * @param subjects the ids of the customers viewed, in the same order (the subjects of the
   *     read's access-log entry; a pseudonymising view does not show them)
   */
  public record Read(List<ProfileView> views, List<CustomerId> subjects) {
    /** Copies the lists. */
    public Read {
      views = List.copyOf(views);
      subjects = List.copyOf(subjects);
    }
  }

  /**
   * Applies a view to profiles.
   *
   * @param spec the view
   * @param profiles the profiles
   * @param derived the derived values of a customer id, by name
   * @param asOf the time of the read, for consent decisions
   * @return the views of the customers the view keeps, in input order, with their ids
   * @throws IllegalArgumentException if the view is selective for a recipient without a policy
   */
  public Read apply(ViewSpec spec, List<CustomerProfile> profiles,
      Function<CustomerId, Map<String, AttributeValue>> derived,
      Instant asOf) {
    InteractionWriter w = writer(spec);
    int n = profiles.size();
    ProfileView[] views = new ProfileView[n];
    CustomerId[] ids = new CustomerId[n];
    int kept = 0;
    for (CustomerProfile p : profiles) {
      if (keeps(spec, p, asOf)) {
        CustomerId id = p.customer().id();
        views[kept] = write(spec, w, p, requireNonNull(derived.apply(id), "derived"));
        ids[kept] = id;
        kept++;
      }
    }
    return new Read(list(views, kept), list(ids, kept));
  }

  /** The first {@code n} elements, immutable, copied once. */
  private static <T> List<T> list(T[] a, int n) {
    return List.of(n == a.length ? a : Arrays.copyOf(a, n));
  }

  /**
   * Returns the transform a view applies to a field, as the privacy report lists it.
   *
   * @param spec the view
   * @param path the field's dotted path
   * @return the transform
   * @throws IllegalArgumentException if the view is selective for a recipient without a policy
   */
  public FieldTransform transformOf(ViewSpec spec, String path) {
    requireNonNull(spec, "spec");
    requireNonNull(path, "path");
    return compiled(spec).plan().step(path).transform();
  }

  /**
   * Returns the recipients that have a disclosure policy.
   *
   * @return their names
   */
  public java.util.Set<String> recipients() {
    return recipients.keySet();
  }

  /** Returns a writer for one read: writers are cheap and single-threaded, their plans shared. */
  private InteractionWriter writer(ViewSpec spec) {
    Compiled c = compiled(spec);
    return new InteractionWriter(c.plan(), c.steps(), transformer);
  }

  /** Returns the view's plan, resolved on first use. */
  private Compiled compiled(ViewSpec spec) {
    requireNonNull(spec, "spec");
    return plans.computeIfAbsent(spec, s -> {
      RecipientPolicy policy = null;
      if (s.kind() == ViewKind.SELECTIVE) {
        String r = ((ViewSpec.Selective) s).recipient();
        policy = recipients.get(r);
        checkArgument(policy != null, "recipient must have a policy but %s had none", r);
      }
      Plan plan = Plan.of(s, dictionary, policy);
      return new Compiled(plan, new CustomerSteps(plan));
    });
  }

  /** Whether the row filter of the view keeps the customer. */
  boolean keeps(ViewSpec spec, CustomerProfile p, Instant asOf) {
    if (spec instanceof ViewSpec.OptOut) {
      return allowed(p, ((ViewSpec.OptOut) spec).purpose(), Optional.empty(), asOf);
    }
    if (spec instanceof ViewSpec.Selective) {
      return allowed(p, Purpose.THIRD_PARTY_DISCLOSURE, Optional.of(((ViewSpec.Selective) spec).recipient()), asOf);
    }
    return true;
  }

  private boolean allowed(CustomerProfile p, Purpose purpose, Optional<String> recipient, Instant asOf) {
    if (gate.isPresent()) {
      return gate.get().check(p.customer().id(), purpose, recipient, asOf).allowed();
    }
    return p.consent().decide(purpose, recipient, asOf).allowed();
  }

  private ProfileView write(ViewSpec spec, InteractionWriter w, CustomerProfile p,
      Map<String, AttributeValue> derived) {
    String id = p.customer().id().value();
    String subject = w.plan.pseudonymisesSubject() ? pseudonymizer.pseudonym(w.plan.context(), id) : id;
    List<ViewValue.Group> interactions = List.of();
    if (!p.interactions().isEmpty()) {
      interactions = new ArrayList<>(p.interactions().size());
      for (Interaction i : p.interactions()) {
        ViewValue.Group g = w.interaction(i);
        if (!g.isEmpty()) {
          interactions.add(g);
        }
      }
    }
    List<ViewValue.Group> events = List.of();
    if (!p.consentEvents().isEmpty()) {
      events = new ArrayList<>(p.consentEvents().size());
      for (ConsentEvent e : p.consentEvents()) {
        ViewValue.Group g = w.consentEvent(e);
        if (!g.isEmpty()) {
          events.add(g);
        }
      }
    }
    return new ProfileView(spec, subject, w.customer(p.customer()), interactions, events, w.derived(derived));
  }
}
