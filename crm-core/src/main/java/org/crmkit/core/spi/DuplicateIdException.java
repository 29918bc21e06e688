package org.crmkit.core.spi;

/**
 * An append-only store was given a second, different record under an id it already holds.
 * Appending the very same record again is not an error (appends are idempotent).
 */
public final class DuplicateIdException extends StorageException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind what kind of record, for example {@code "consent event"}
   * @param id the repeated id
   */
  public DuplicateIdException(String kind, String id) {
    super(kind + " " + id + " already exists with different content");
  }
}
