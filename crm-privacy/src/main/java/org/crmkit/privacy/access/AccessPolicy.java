package org.crmkit.privacy.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/**
 * Which views each role (privilege level) may read: an allow-list, deny by default. A viewer may
 * read a view if any of its roles allows the view's kind; a viewer with no allowed role may read
 * nothing. Immutable and thread-safe.
 *
 * <p>{@link #defaults()}: {@value #USER} reads the standard and opt-out views, {@value #ANALYST}
 * the anonymous view, {@value #DISCLOSURE} the selective views, {@value #PRIVACY_OFFICER}
 * every view including the personal one.
 */
public final class AccessPolicy {
  /** Everyday users and applications. */
  public static final String USER = "user";
  /** Analysts. */
  public static final String ANALYST = "analyst";
  /** Staff who disclose data to recipients. */
  public static final String DISCLOSURE = "disclosure";
  /** The privacy officer, the only default role with the personal view. */
  public static final String PRIVACY_OFFICER = "privacy-officer";

  private static final Pattern ROLE = Pattern.compile("[a-z0-9._-]{1,64}");
  private static final AccessPolicy NONE = new AccessPolicy(Map.of());
  private static final AccessPolicy DEFAULTS = NONE
      .allow(USER, ViewKind.STANDARD, ViewKind.OPT_OUT)
      .allow(ANALYST, ViewKind.ANONYMOUS)
      .allow(DISCLOSURE, ViewKind.SELECTIVE)
      .allow(PRIVACY_OFFICER, ViewKind.values());

  private final Map<String, Set<ViewKind>> grants;

  private AccessPolicy(Map<String, Set<ViewKind>> grants) {
    this.grants = grants;
  }

  /** Returns the policy that allows nothing to anyone. */
  public static AccessPolicy denyAll() {
    return NONE;
  }

  /** Returns the default policy described in the class comment. */
  public static AccessPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy in which a role may also read views of the given kinds.
   *
   * @param role the role, 1..64 characters of {@code [a-z0-9._-]}
   * @param kinds the kinds of view
   * @return the extended policy
   * @throws IllegalArgumentException if the role is malformed
   */
  public AccessPolicy allow(String role, ViewKind... kinds) {
    requireNonNull(role, "role");
    requireNonNull(kinds, "kinds");
    checkArgument(ROLE.matcher(role).matches(), "role must be 1..64 characters of [a-z0-9._-] but was '%s'", role);
    TreeMap<String, Set<ViewKind>> m = new TreeMap<>(grants);
    EnumSet<ViewKind> set = EnumSet.noneOf(ViewKind.class);
    set.addAll(m.getOrDefault(role, Set.of()));
    for (ViewKind k : kinds) {
      set.add(requireNonNull(k, "kind"));
    }
    m.put(role, Collections.unmodifiableSet(set));
    return new AccessPolicy(Collections.unmodifiableSortedMap(m));
  }

  /**
   * Returns whether a viewer may read a view.
   *
   * @param viewer the viewer
   * @param view the view
   * @return whether any of the viewer's roles allows the view's kind
   */
  public boolean permits(Viewer viewer, ViewSpec view) {
    requireNonNull(viewer, "viewer");
    requireNonNull(view, "view");
    for (String role : viewer.roles()) {
      if (grants.getOrDefault(role, Set.of()).contains(view.kind())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the grants: the view kinds of each role, sorted by role; for the privilege report.
   *
   * @return an unmodifiable map
   */
  public Map<String, Set<ViewKind>> grants() {
    return grants;
  }

  @Override
  public String toString() {
    return "AccessPolicy" + grants;
  }
}
