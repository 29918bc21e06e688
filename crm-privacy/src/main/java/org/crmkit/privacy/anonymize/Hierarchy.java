package org.crmkit.privacy.anonymize;

/**
 * A generalisation hierarchy for one quasi-identifier: level 0 is the original value, each
 * further level is coarser, and the top level ({@code height() - 1}) is usually {@code *}.
 * Implementations are immutable and thread-safe.
 *
 * <p>Implementations must be <em>consistent</em>: two values with the same generalisation at a
 * level have the same generalisation at every higher level. This makes the generalisation lattice
 * monotone, which the anonymiser's pruning relies on. {@link Hierarchies} checks it for table
 * hierarchies; the built-in ones satisfy it by construction.
 */
public interface Hierarchy {
  /**
   * Returns the number of levels, counting the original values and the top.
   *
   * @return at least 1
   */
  int height();

  /**
   * Generalises a value.
   *
   * @param value the original value
   * @param level the level, in {@code [0, height())}
   * @return the value at that level
   * @throws IllegalArgumentException if the level is out of range or the hierarchy does not cover
   *     the value (the message does not contain the value)
   */
  String generalise(String value, int level);
}
