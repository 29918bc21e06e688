package org.crmkit.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A request for one page of a listing ordered by id: the items after a cursor (keyset paging,
 * stable under concurrent inserts), at most {@code limit} of them. Immutable.
 *
 * @param after the cursor from the previous page's {@link Page#nextCursor()}, empty for the first page
 * @param limit the most items to return, 1..10000
 */
public record PageRequest(Optional<String> after, int limit) {
  /** The largest page size. */
  public static final int MAX_LIMIT = 10_000;

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if the limit is outside 1..10000
   */
  public PageRequest {
    requireNonNull(after, "after");
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be in [1, %s] but was %s", MAX_LIMIT, limit);
  }

  /**
   * Returns the first page.
   *
   * @param limit the page size
   * @return the request
   */
  public static PageRequest first(int limit) {
    return new PageRequest(Optional.empty(), limit);
  }

  /**
   * Returns the page after a cursor.
   *
   * @param cursor the previous page's next cursor
   * @param limit the page size
   * @return the request
   */
  public static PageRequest after(String cursor, int limit) {
    return new PageRequest(Optional.of(cursor), limit);
  }
}
