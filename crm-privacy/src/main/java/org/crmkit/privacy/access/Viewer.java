package org.crmkit.privacy.access;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who reads a view: the application, the user, the user's roles (named privilege levels, see
 * {@link AccessPolicy}) and the purpose the read is for. Immutable; {@code toString()} leaves the
 * user out.
 *
 * @param applicationId the reading application, 1..64 characters of {@code [A-Za-z0-9._:@/-]}
 * @param userId the reading user, same characters
 * @param roles the user's roles, each 1..64 characters of {@code [a-z0-9._-]}; sorted
 * @param purpose the declared purpose, for example {@code customer-service}; same characters as the ids
 */
public record Viewer(String applicationId, String userId, Set<String> roles, String purpose) {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:@/-]{1,64}");
  private static final Pattern ROLE = Pattern.compile("[a-z0-9._-]{1,64}");

  /**
   * Validates the viewer.
   *
   * @throws IllegalArgumentException if an id, role or the purpose is malformed
   */
  public Viewer {
    token("applicationId", applicationId);
    token("userId", userId);
    token("purpose", purpose);
    requireNonNull(roles, "roles");
    TreeSet<String> sorted = new TreeSet<>();
    for (String r : roles) {
      requireNonNull(r, "role");
      checkArgument(ROLE.matcher(r).matches(), "role must be 1..64 characters of [a-z0-9._-] but was '%s'", r);
      sorted.add(r);
    }
    roles = Collections.unmodifiableSortedSet(sorted);
  }

  private static void token(String field, String value) {
    requireNonNull(value, field);
    checkArgument(TOKEN.matcher(value).matches(),
        "%s must be 1..64 characters of [A-Za-z0-9._:@/-] but was %s characters", field, value.length());
  }

  /**
   * Returns a viewer.
   *
   * @param applicationId the application
   * @param userId the user
   * @param purpose the declared purpose
   * @param roles the roles
   * @return the viewer
   */
  public static Viewer of(String applicationId, String userId, String purpose, String... roles) {
    return new Viewer(applicationId, userId, Set.of(roles), purpose);
  }

  @Override
  public String toString() {
    return "Viewer[applicationId=" + applicationId + ", roles=" + roles + ", purpose=" + purpose + "]";
  }
}
