/**
 * The {@code crm} command line, built with picocli: {@link org.crmkit.examples.cli.CrmCommand}
 * is the entry point, and each subcommand is one class here extending {@code CrmSubcommand}.
 *
 * <p>Exit codes: 0 success; 2 bad usage or bad input, with exactly one line on stderr that names
 * the option (or the file, line and field), what was expected and what was found, and nothing on
 * stdout; 1 internal failure, with one line on stderr and no stack trace. A subcommand writes its
 * result to a buffer that reaches stdout only when it succeeds; progress goes to stderr unless
 * {@code --quiet} is given.
 *
 * <p>To add a subcommand: write a class extending {@code CrmSubcommand} with a picocli
 * {@code @Command} annotation, implement {@code run}, throw {@code InputException} for bad input
 * files, and list the class in {@link org.crmkit.examples.cli.CrmCommand}'s {@code subcommands}.
 */
package org.crmkit.examples.cli;
