package org.crmkit.privacy.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.customer.Region;
import org.crmkit.privacy.view.ViewValue;

/**
 * The field and group writing shared by {@link ProfileWriter} and {@link InteractionWriter}: each
 * field is offered under its dictionary path and the {@link Plan} decides whether and how it
 * appears; groups and lists left empty are dropped, so a view does not even show how many items
 * it removed.
 *
 * <p>A writer serves one read on one thread: it reuses one group builder per nesting level, so
 * groups must be built innermost first (a group is started after its parent's last put before
 * it and built before its parent's next put), which {@link Fields#build()} checks.
 */
class GroupWriter {
  final Plan plan;
  final Transformer transformer;
  final String context;
  /** The builder of each nesting level, reused for every group written at that level. */
  private Fields[] frames = new Fields[8];
  /** How many groups are being written, one inside the other. */
  private int depth;

  GroupWriter(Plan plan, Transformer transformer) {
    this.plan = plan;
    this.transformer = transformer;
    this.context = plan.context();
  }

  /** Builds one group, on the builder of its nesting level. */
  final class Fields {
    private final ViewValue.Group.Builder fields = ViewValue.Group.builder();
    private final int level;

    private Fields(int level) {
      this.level = level;
    }

    Fields leaf(String name, String path, Object raw) {
      return leaf(name, plan.step(path), raw);
    }

    // Typed overloads, so that a field of a known type skips the type tests of the general path.

    Fields leaf(String name, String path, String raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, Instant raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, Enum<?> raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, long raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, String path, CustomerId raw) {
      return leaf(name, plan.step(path), raw);
    }

    Fields leaf(String name, Plan.Step s, Object raw) {
      return scalar(name, transformer.object(s, raw, context));
    }

    /** A constant text: shared when the view shows it as is. */
    Fields leaf(String name, Plan.Step s, ViewValue.Text raw) {
      return scalar(name, s.keeps() ? raw : transformer.text(s, raw.value(), context));
    }

    Fields leaf(String name, Plan.Step s, String raw) {
      return scalar(name, transformer.text(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, Instant raw) {
      return scalar(name, transformer.instant(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, Enum<?> raw) {
      return scalar(name, transformer.constant(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, long raw) {
      return scalar(name, transformer.number(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, Region raw) {
      return scalar(name, transformer.region(s, raw, context));
    }

    Fields leaf(String name, Plan.Step s, CustomerId raw) {
      return scalar(name, s.keeps() ? new ViewValue.Text(raw.value()) : transformer.object(s, raw, context));
    }

    /** Puts a value a transform returned (text, a number, an instant or a flag); null when left out. */
    private Fields scalar(String name, ViewValue v) {
      if (v != null) {
        fields.put(name, v);
      }
      return this;
    }

    Fields opt(String name, String path, Optional<?> raw) {
      return raw.isPresent() ? leaf(name, path, raw.get()) : this;
    }

    Fields opt(String name, Plan.Step s, Optional<?> raw) {
      return raw.isPresent() ? leaf(name, s, raw.get()) : this;
    }

    Fields put(String name, ViewValue v) {
      if (v != null && !(v instanceof ViewValue.Group && ((ViewValue.Group) v).isEmpty())
          && !(v instanceof ViewValue.Items && ((ViewValue.Items) v).items().isEmpty())) {
        fields.put(name, v);
      }
      return this;
    }

    ViewValue.Group build() {
      if (depth != level + 1) {
        throw new IllegalStateException(
            "groups must be built innermost first but level " + level + " was built at depth " + depth);
      }
      depth = level;
      return fields.build();
    }
  }

  /** Starts a group one level below the groups being written. */
  Fields fields() {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, 2 * depth);
    }
    Fields f = frames[depth];
    if (f == null) {
      f = new Fields(depth);
      frames[depth] = f;
    } else {
      f.fields.clear();
    }
    depth++;
    return f;
  }

  /** An immutable list of the first {@code n} items, copied once. */
  static ViewValue.Items items(ViewValue[] items, int n) {
    switch (n) {
      case 0:
        return EMPTY_ITEMS;
      case 1:
        return new ViewValue.Items(List.of(items[0]));
      case 2:
        return new ViewValue.Items(List.of(items[0], items[1]));
      default:
        return new ViewValue.Items(List.of(n == items.length ? items : Arrays.copyOf(items, n)));
    }
  }

  private static final ViewValue.Items EMPTY_ITEMS = new ViewValue.Items(List.of());

  ViewValue.Items leaves(String path, Collection<?> values) {
    return leaves(plan.step(path), values);
  }

  ViewValue.Items leaves(Plan.Step s, Collection<?> values) {
    if (values.isEmpty()) {
      return null;
    }
    ViewValue[] out = new ViewValue[values.size()];
    int n = 0;
    for (Object v : values) {
      ViewValue x = transformer.apply(s.transform(), s.entry(), v, context);
      if (x != null) {
        out[n++] = x;
      }
    }
    return items(out, n);
  }

  static ViewValue.Items groups(ViewValue[] groups, int n) {
    ViewValue[] out = new ViewValue[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (!((ViewValue.Group) groups[i]).isEmpty()) {
        out[kept++] = groups[i];
      }
    }
    return items(out, kept);
  }

  /** Stores a non-empty group at {@code out[n]}; returns the new count. */
  static int addUnlessEmpty(ViewValue[] out, int n, ViewValue.Group g) {
    if (g.isEmpty()) {
      return n;
    }
    out[n] = g;
    return n + 1;
  }

  /**
   * An amount as {@code {"amount", "currency"}}. The two paths are passed whole (constants), not
   * built from a prefix: building them cost a concatenation and a fresh hash per amount.
   */
  ViewValue.Group money(String amountPath, String currencyPath, Money m) {
    return fields()
        .leaf("amount", amountPath, m.amount())
        .leaf("currency", currencyPath, m.currency())
        .build();
  }
}
