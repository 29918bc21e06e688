package org.crmkit.examples.cli;

/** Converts {@code --customers}: an integer in [1, 2000000]. */
final class CustomerCountConverter extends BoundedIntConverter {
  /** The most customers a subcommand generates. */
  static final int MAX = 2_000_000;

  /** Creates the converter (picocli calls this). */
  CustomerCountConverter() {
    super(1, MAX);
  }
}
