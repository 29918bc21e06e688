package org.crmkit.core.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A visitor arriving at reception. Immutable. The reference is a ticket or registration number,
 * never a name or phone.
 *
 * @param ref the visit reference, 1..64 characters of {@code [A-Za-z0-9._:-]}
 * @param kind new, naming a rep, or returning
 * @param rep the named or own rep; present exactly when {@code kind} is not {@link VisitorKind#NEW}
 */
public record Visitor(String ref, VisitorKind kind, Optional<String> rep) {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Validates the visitor.
   *
   * @throws IllegalArgumentException if the reference or rep is malformed, or the rep is present
   *     for a new visitor or missing for the others
   */
  public Visitor {
    requireNonNull(ref, "ref");
    checkArgument(ID.matcher(ref).matches(), "ref must be 1..64 characters of [A-Za-z0-9._:-] but was %s characters",
        ref.length());
    requireNonNull(kind, "kind");
    requireNonNull(rep, "rep");
    checkArgument(rep.isPresent() == (kind != VisitorKind.NEW),
        "rep must be given exactly for named and returning visitors but kind was %s and rep present was %s",
        kind, rep.isPresent());
    rep.ifPresent(Visitor::checkRep);
  }

  static String checkRep(String rep) {
    requireNonNull(rep, "rep");
    checkArgument(ID.matcher(rep).matches(), "rep must be 1..64 characters of [A-Za-z0-9._:-] but was '%s'", rep);
    return rep;
  }

  /**
   * Returns a first-time visitor who names no rep.
   *
   * @param ref the visit reference
   * @return the visitor
   */
  public static Visitor newVisitor(String ref) {
    return new Visitor(ref, VisitorKind.NEW, Optional.empty());
  }

  /**
   * Returns a first-time visitor who asks for a rep.
   *
   * @param ref the visit reference
   * @param rep the rep asked for
   * @return the visitor
   */
  public static Visitor naming(String ref, String rep) {
    return new Visitor(ref, VisitorKind.NAMED_REP, Optional.of(rep));
  }

  /**
   * Returns a returning customer of a rep.
   *
   * @param ref the visit reference
   * @param rep the customer's rep
   * @return the visitor
   */
  public static Visitor returning(String ref, String rep) {
    return new Visitor(ref, VisitorKind.RETURNING, Optional.of(rep));
  }
}
