package org.crmkit.examples.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm privacy}: the data dictionary and the privacy views of crm-privacy on the command
 * line. Has subcommands only; see {@link PrivacyDictionaryCommand} and {@link PrivacyViewCommand}.
 */
@Command(
    name = "privacy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the data dictionary, or read a customer file through a privacy view.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {PrivacyDictionaryCommand.class, PrivacyViewCommand.class, PrivacyAnonymizeCommand.class,
        PrivacyReportCommand.class, PrivacyRequestCommand.class, CommandLine.HelpCommand.class})
final class PrivacyCommand implements Callable<Integer> {

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
