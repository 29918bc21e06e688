package org.crmkit.core.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crmkit.core.customer.Customer;

/** Names the fields in which two customer records differ, for the audit log (names only, never values). */
final class ChangedFields {
  private static final RecordComponent[] COMPONENTS = Customer.class.getRecordComponents();
  // Bookkeeping fields that every write changes; they carry no information for the log.
  private static final Set<String> IGNORED = Set.of("updatedAt", "version");

  private ChangedFields() {}

  /** Returns the names of the fields that differ; with {@code before == null}, the non-empty fields of {@code after}. */
  static Set<String> between(Customer before, Customer after) {
    Set<String> changed = new TreeSet<>();
    for (RecordComponent rc : COMPONENTS) {
      if (IGNORED.contains(rc.getName())) {
        continue;
      }
      Object now = value(rc, after);
      Object then = before == null ? empty(now) : value(rc, before);
      if (!Objects.equals(then, now)) {
        changed.add(rc.getName());
      }
    }
    return changed;
  }

  private static Object empty(Object value) {
    if (value instanceof java.util.Optional) {
      return java.util.Optional.empty();
    }
    if (value instanceof java.util.Collection && ((java.util.Collection<?>) value).isEmpty()) {
      return value;
    }
    if (value instanceof java.util.Map && ((java.util.Map<?, ?>) value).isEmpty()) {
      return value;
    }
    if (value instanceof org.crmkit.core.customer.SensitiveData && ((org.crmkit.core.customer.SensitiveData) value).isEmpty()) {
      return value;
    }
    return null;
  }

  private static Object value(RecordComponent rc, Customer c) {
    try {
      return rc.getAccessor().invoke(c);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read customer field " + rc.getName(), e);
    }
  }
}
