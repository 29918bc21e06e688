package org.crmkit.examples.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A temporary {@code crm privacy} parent for {@code anonymize} and {@code report}, until they join
 * the {@code crm privacy} command that also holds {@code dictionary} and {@code view}: when both are
 * merged, list {@link PrivacyAnonymizeCommand} and {@link PrivacyReportCommand} in that command's
 * {@code subcommands} and delete this class.
 */
@Command(
    name = "privacy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Anonymise a table, or report how personal data is held and used.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {PrivacyAnonymizeCommand.class, PrivacyReportCommand.class, CommandLine.HelpCommand.class})
final class PrivacyOperationsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    String names = spec.subcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(),
        "expected a command (one of: " + names + ") but none was given; see 'crm privacy --help'");
  }
}
