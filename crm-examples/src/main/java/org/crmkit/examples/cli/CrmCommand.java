package org.crmkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code crm} command: the entry point of {@code crm.jar}. Run {@code crm --help} for the
 * subcommands and {@code crm <subcommand> --help} for their options; exit codes are described in
 * the {@linkplain org.crmkit.examples.cli package documentation}.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(
    name = "crm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "crmkit on the command line: generate, load and summarise CRM data.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {DemoCommand.class, NpsCommand.class, CsatCommand.class, BgNbdCommand.class, TierCommand.class,
        RfmCommand.class, ChurnCommand.class, FollowUpsCommand.class, ComplaintsCommand.class, RenewalsCommand.class,
        PrivacyCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 2 bad usage or input (one line on stderr), 1 internal failure."})
public final class CrmCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Creates the command; picocli fills in its fields. */
  public CrmCommand() {}

  /**
   * Runs {@code crm} with the process's arguments and exits with its exit code. Output is UTF-8.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8));
    int code = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code crm} in-process, writing to the given streams, and returns the exit code. The
   * streams are flushed but not closed.
   *
   * @param out where results and help go
   * @param err where progress and the error line go
   * @param args the arguments
   * @return 0 on success, 2 on bad usage or input, 1 on internal failure
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Returns a configured picocli command line for {@code crm}: the given streams, the one-line
   * usage-error and internal-error handlers, and case-insensitive enum values.
   *
   * @param out where results and help go
   * @param err where progress and the error line go
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new CrmCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    return commandLine;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    String names = spec.subcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .collect(Collectors.joining(", "));
    throw new ParameterException(spec.commandLine(),
        "expected a command (one of: " + names + ") but none was given; see 'crm --help'");
  }
}
