package org.crmkit.core.spi;

/**
 * An optimistic-concurrency check failed: the caller wrote or deleted on the basis of a version
 * that is no longer the stored one. Nothing was written. Re-read, re-apply the change, retry.
 */
public final class StaleVersionException extends StorageException {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param id the id of the record
   * @param expectedVersion the version the caller based its write on
   * @param actualVersion the stored version (0 if the record does not exist)
   */
  public StaleVersionException(String id, long expectedVersion, long actualVersion) {
    super("stale version for " + id + ": expected version " + expectedVersion
        + " but the stored version is " + actualVersion);
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** Returns the id of the record. */
  public String id() {
    return id;
  }

  /** Returns the version the caller expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** Returns the stored version, 0 if absent. */
  public long actualVersion() {
    return actualVersion;
  }
}
