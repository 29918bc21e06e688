package org.crmkit.privacy.dictionary;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The data dictionary: the category and kind of every field path. Immutable and thread-safe.
 *
 * <p>{@link #standard()} classifies every field of the crm-core model (customer, contact points,
 * contacts, interactions of every kind, consent events). Hosts add their own customer attributes
 * ({@code customer.attributes.<key>}) with {@link #withAttribute} and derived data such as scores
 * ({@code derived.<name>}) with {@link #withDerived}. Deny by default: {@link #lookup} answers
 * {@link Category#SENSITIVE} for a path nobody classified.
 */
public final class DataDictionary {
  /** The path prefix of host attributes. */
  public static final String ATTRIBUTES = "customer.attributes.";
  /** The path prefix of derived data (scores, tiers, predictions) shown beside a profile. */
  public static final String DERIVED = "derived.";

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
  private static final DataDictionary STANDARD = new DataDictionary(initial());

  private final Map<String, FieldEntry> exact;
  private final List<FieldEntry> wildcards;

  private DataDictionary(Map<String, FieldEntry> entries) {
    this.exact = Collections.unmodifiableMap(entries);
    List<FieldEntry> w = new ArrayList<>();
    for (FieldEntry e : entries.values()) {
      if (e.path().endsWith(".*")) {
        w.add(e);
      }
    }
    this.wildcards = List.copyOf(w);
  }

  private static Map<String, FieldEntry> initial() {
    TreeMap<String, FieldEntry> m = new TreeMap<>();
    for (FieldEntry e : BuiltInFields.all()) {
      checkArgument(m.put(e.path(), e) == null, "path must be classified once but %s was twice", e.path());
    }
    for (FieldEntry e : BuiltInFields.derivedDefaults()) {
      m.put(e.path(), e);
    }
    return m;
  }

  /**
   * Returns the dictionary of the crm-core model, with no host attributes.
   *
   * @return the standard dictionary
   */
  public static DataDictionary standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that also classifies a host attribute, {@code customer.attributes.<key>}.
   *
   * @param key the attribute key, as in {@code Customer.attributes()}
   * @param category its category
   * @param kind what it holds
   * @return the extended dictionary
   * @throws IllegalArgumentException if the key is not {@code [a-z][a-z0-9_.-]{0,63}}
   */
  public DataDictionary withAttribute(String key, Category category, FieldKind kind) {
    return with(ATTRIBUTES, key, category, kind);
  }

  /**
   * Returns a copy that also classifies a derived value, {@code derived.<name>}.
   *
   * @param name the derived value's name, for example {@code churn_score}
   * @param category its category
   * @param kind what it holds
   * @return the extended dictionary
   * @throws IllegalArgumentException if the name is not {@code [a-z][a-z0-9_.-]{0,63}}
   */
  public DataDictionary withDerived(String name, Category category, FieldKind kind) {
    return with(DERIVED, name, category, kind);
  }

  private DataDictionary with(String prefix, String key, Category category, FieldKind kind) {
    requireNonNull(key, "key");
    checkArgument(KEY.matcher(key).matches(), "key must match [a-z][a-z0-9_.-]{0,63} but was '%s'", key);
    TreeMap<String, FieldEntry> m = new TreeMap<>(exact);
    m.put(prefix + key, FieldEntry.of(prefix + key, category, kind));
    return new DataDictionary(m);
  }

  /**
   * Returns the classification of a path: its own entry, or the entry of a {@code *} pattern that
   * covers it, or else an entry with {@link Category#SENSITIVE} and {@link FieldKind#UNKNOWN}.
   *
   * @param path a dotted path such as {@code interactions[].content}
   * @return the entry, never empty
   */
  public FieldEntry lookup(String path) {
    requireNonNull(path, "path");
    FieldEntry e = exact.get(path);
    if (e != null) {
      return e;
    }
    for (FieldEntry w : wildcards) {
      String prefix = w.path().substring(0, w.path().length() - 1);
      if (path.startsWith(prefix) && path.length() > prefix.length()) {
        return w;
      }
    }
    return new FieldEntry(path, Category.SENSITIVE, FieldKind.UNKNOWN);
  }

  /**
   * Returns the category of a path; {@link Category#SENSITIVE} if nobody classified it.
   *
   * @param path the path
   * @return the category
   */
  public Category categoryOf(String path) {
    return lookup(path).category();
  }

  /**
   * Returns whether the path has an entry of its own or is covered by a {@code *} pattern.
   *
   * @param path the path
   * @return whether it is classified
   */
  public boolean isClassified(String path) {
    return lookup(path).kind() != FieldKind.UNKNOWN || exact.containsKey(path);
  }

  /**
   * Returns every entry, sorted by path.
   *
   * @return the entries, unmodifiable
   */
  public List<FieldEntry> entries() {
    return List.copyOf(exact.values());
  }

  /**
   * Returns the dictionary as text, one {@code path<TAB>CATEGORY<TAB>KIND} line per entry, sorted
   * by path: the printable form for reports.
   *
   * @return the text, ending with a newline
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    for (FieldEntry e : exact.values()) {
      sb.append(e.path()).append('\t').append(e.category()).append('\t').append(e.kind()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "DataDictionary[" + exact.size() + " entries]";
  }
}
