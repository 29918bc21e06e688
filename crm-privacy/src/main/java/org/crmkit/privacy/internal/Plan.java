package org.crmkit.privacy.internal;

import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/**
 * The resolved rules of one view: for each field path, its dictionary entry and the transform
 * the view applies. Resolved lazily and cached; thread-safe.
 */
final class Plan {
  /**
   * A path's entry and transform, with the two commonest transforms (show as is, leave out)
   * flagged so that writing a field need not inspect the transform.
   *
   * @param entry the field's dictionary entry
   * @param transform the transform the view applies
   * @param keeps whether the transform shows the value as it is
   * @param redacts whether the transform leaves the field out
   */
  record Step(FieldEntry entry, FieldTransform transform, boolean keeps, boolean redacts) {
    Step(FieldEntry entry, FieldTransform transform) {
      this(entry, transform, transform instanceof FieldTransform.Keep, transform instanceof FieldTransform.Redact);
    }
  }

  private final DataDictionary dictionary;
  private final ViewKind kind;
  private final RecipientPolicy policy;
  private final String context;
  private final ConcurrentHashMap<String, Step> steps = new ConcurrentHashMap<>();

  private Plan(DataDictionary dictionary, ViewKind kind, RecipientPolicy policy, String context) {
    this.dictionary = dictionary;
    this.kind = kind;
    this.policy = policy;
    this.context = context;
  }

  static Plan of(ViewSpec spec, DataDictionary dictionary, RecipientPolicy policy) {
    String context = spec.kind() == ViewKind.SELECTIVE ? "view:" + spec.name() : "view:anonymous";
    return new Plan(dictionary, spec.kind(), policy, context);
  }

  /** The key-source context of this view's pseudonyms. */
  String context() {
    return context;
  }

  /** Whether this view replaces the customer id by a pseudonym. */
  boolean pseudonymisesSubject() {
    return kind == ViewKind.ANONYMOUS || kind == ViewKind.SELECTIVE;
  }

  Step step(String path) {
    Step s = steps.get(path);
    if (s == null) {
      s = resolve(path);
      // Host attribute keys and derived names are open-ended: cache only what stays small.
      if (steps.size() < 10_000) {
        steps.put(path, s);
      }
    }
    return s;
  }

  /**
   * Returns the steps of the paths {@code prefix + key} for open-ended keys (host attributes,
   * derived names), cached by key so that the path is not built for every value.
   */
  Keyed keyed(String prefix) {
    return new Keyed(prefix);
  }

  /** The steps below one prefix, by key; thread-safe. */
  final class Keyed {
    private final String prefix;
    private final ConcurrentHashMap<String, Step> byKey = new ConcurrentHashMap<>();

    private Keyed(String prefix) {
      this.prefix = prefix;
    }

    Step step(String key) {
      Step s = byKey.get(key);
      if (s == null) {
        s = Plan.this.step(prefix + key);
        if (byKey.size() < 10_000) {
          byKey.put(key, s);
        }
      }
      return s;
    }
  }

  private Step resolve(String path) {
    FieldEntry e = dictionary.lookup(path);
    FieldTransform t;
    switch (kind) {
      case PERSONAL:
        t = Rules.KEEP;
        break;
      case STANDARD:
      case OPT_OUT:
        t = Rules.standard(e);
        break;
      case ANONYMOUS:
        t = Rules.anonymous(e);
        break;
      case SELECTIVE:
        t = Rules.selective(e, path, policy);
        break;
      default:
        throw new AssertionError(kind);
    }
    return new Step(e, t);
  }
}
