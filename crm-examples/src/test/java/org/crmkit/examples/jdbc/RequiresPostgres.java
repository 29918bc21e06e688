package org.crmkit.examples.jdbc;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a PostgreSQL test class, with a visible reason, when {@value PostgresFixture#PROPERTY} is
 * not set: a JUnit Jupiter execution condition for its {@code @Test} methods and a jqwik skip hook
 * for its properties (jqwik runs properties on its own engine, which ignores Jupiter extensions and
 * logs a warning that it does; harmless). Not an assumption in the fixture: a contract test that
 * creates its store inside {@code assertThrows} would see the assumption's exception instead.
 */
public final class RequiresPostgres implements ExecutionCondition, SkipExecutionHook {
  private static final String REASON = "PostgreSQL tests skipped: set -D" + PostgresFixture.PROPERTY
      + "=jdbc:postgresql://HOST:PORT/DB?user=… or the environment variable "
      + PostgresFixture.ENVIRONMENT + " (see .ci/postgres.sh)";

  /** Creates the condition; JUnit and jqwik instantiate it. */
  public RequiresPostgres() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return PostgresFixture.url().isPresent()
        ? ConditionEvaluationResult.enabled("PostgreSQL URL given")
        : ConditionEvaluationResult.disabled(REASON);
  }

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return PostgresFixture.url().isPresent() ? SkipResult.doNotSkip() : SkipResult.skip(REASON);
  }
}
