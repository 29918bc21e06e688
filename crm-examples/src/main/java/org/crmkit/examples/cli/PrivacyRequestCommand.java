package org.crmkit.examples.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm privacy request}: a customer's rights request (crm-privacy's {@code CustomerRights})
 * carried out on exported data. Has subcommands only; see {@link PrivacyRequestAccessCommand},
 * {@link PrivacyRequestCorrectCommand} and
 * {@link PrivacyRequestEraseCommand}.
 */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Carry out a customer's access, correction or erasure request on exported customers.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {PrivacyRequestAccessCommand.class, PrivacyRequestCorrectCommand.class, PrivacyRequestEraseCommand.class,
        CommandLine.HelpCommand.class})
final class PrivacyRequestCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    String names = spec.subcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(),
        "expected a command (one of: " + names + ") but none was given; see 'crm privacy request --help'");
  }
}
