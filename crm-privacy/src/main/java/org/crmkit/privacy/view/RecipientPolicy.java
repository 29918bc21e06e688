package org.crmkit.privacy.view;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.privacy.dictionary.FieldEntry;

/**
 * The allow-list of a disclosure recipient for the {@code selective:RECIPIENT} view: the field
 * paths it may receive and the transform of each. Every other field is left out (deny by
 * default). Immutable.
 *
 * <p>Paths are data-dictionary paths such as {@code customer.region.city} or {@code
 * interactions[].amount.amount}. The gateway rejects a policy that grants a sensitive field, or
 * that grants a customer-key field other than as a pseudonym (pseudonyms are keyed per recipient,
 * so two recipients cannot join their copies).
 *
 * @param recipient the recipient, as named in consent events
 * @param fields the transform of each granted path, sorted by path
 */
public record RecipientPolicy(String recipient, Map<String, FieldTransform> fields) {

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if the recipient or a path is malformed
   */
  public RecipientPolicy {
    recipient = ((ViewSpec.Selective) ViewSpec.selective(recipient)).recipient();
    requireNonNull(fields, "fields");
    TreeMap<String, FieldTransform> sorted = new TreeMap<>();
    fields.forEach((path, transform) -> {
      checkArgument(FieldEntry.isPath(path), "path must be a dotted path but was '%s'", path);
      sorted.put(path, requireNonNull(transform, "transform"));
    });
    fields = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * Returns a policy that grants nothing yet.
   *
   * @param recipient the recipient
   * @return the empty policy
   */
  public static RecipientPolicy of(String recipient) {
    return new RecipientPolicy(recipient, Map.of());
  }

  /**
   * Returns a copy that also grants a field.
   *
   * @param path the field's dictionary path
   * @param transform what to do to it
   * @return the extended policy
   * @throws IllegalArgumentException if the path is malformed or already granted
   */
  public RecipientPolicy with(String path, FieldTransform transform) {
    requireNonNull(path, "path");
    checkArgument(!fields.containsKey(path), "path must be granted once but %s was already granted", path);
    TreeMap<String, FieldTransform> m = new TreeMap<>(fields);
    m.put(path, transform);
    return new RecipientPolicy(recipient, m);
  }

  /**
   * Returns the transform of a path.
   *
   * @param path the path
   * @return the transform, or {@link FieldTransform.Redact} if the path is not granted
   */
  public FieldTransform transformOf(String path) {
    FieldTransform t = fields.get(path);
    return t == null ? FieldTransform.redact() : t;
  }
}
