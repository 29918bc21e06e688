package org.crmkit.examples.cli;

/** Converts a count such as {@code --k} or {@code --l}: an integer in [1, 2147483647]. */
final class PositiveIntConverter extends BoundedIntConverter {

  /** Creates the converter (picocli calls this). */
  PositiveIntConverter() {
    super(1, Integer.MAX_VALUE);
  }
}
