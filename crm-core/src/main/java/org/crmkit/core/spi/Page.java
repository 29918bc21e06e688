package org.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing. Immutable.
 *
 * @param <T> the item type
 * @param items the items, in id order
 * @param nextCursor the cursor for the next page; empty when this is the last page
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
    requireNonNull(nextCursor, "nextCursor");
  }

  /** Returns whether another page follows. */
  public boolean hasNext() {
    return nextCursor.isPresent();
  }
}
