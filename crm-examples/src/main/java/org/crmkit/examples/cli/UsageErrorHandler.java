package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every picocli parse error, and every {@link ParameterException} a subcommand throws, into
 * exactly one line on stderr that names the option, what was expected and what was found; exit
 * code 2. Unlike picocli's default handler it never prints the usage text or suggestions.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(ErrorLine.of(commandLine.getCommandSpec(), describe(ex)));
    err.flush();
    return CommandLine.ExitCode.USAGE;
  }

  /** Returns what went wrong, in "x must be ... but was ..." form where picocli allows it. */
  static String describe(ParameterException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    ArgSpec arg = ex.getArgSpec();
    if (ex.getCause() instanceof TypeConversionException && arg != null) {
      return name(arg) + " " + ex.getCause().getMessage();
    }
    if (ex instanceof UnmatchedArgumentException) {
      return unmatched(spec, ((UnmatchedArgumentException) ex).getUnmatched());
    }
    if (ex instanceof MissingParameterException) {
      List<ArgSpec> missing = ((MissingParameterException) ex).getMissing();
      String names = missing.stream().map(UsageErrorHandler::name).collect(Collectors.joining(", "));
      if (String.valueOf(ex.getMessage()).startsWith("Missing required parameter for option")) {
        return names + " must be followed by a value but none was given; see '" + spec.qualifiedName() + " --help'";
      }
      return names + " must be given but " + (missing.size() == 1 ? "was" : "were") + " missing";
    }
    if (ex instanceof OverwrittenOptionException) {
      return name(((OverwrittenOptionException) ex).getOverwritten())
          + " must be given at most once but was given more than once";
    }
    return ex.getMessage();
  }

  private static String unmatched(CommandSpec spec, List<String> unmatched) {
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    String help = "; see '" + spec.qualifiedName() + " --help'";
    if (first.startsWith("-")) {
      String known = spec.options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName)
          .collect(Collectors.joining(", "));
      return "expected an option (one of: " + known + ") but found unknown option '" + first + "'" + help;
    }
    List<String> commands = spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    if (!commands.isEmpty()) {
      return "expected a command (one of: " + String.join(", ", commands) + ") but found '" + first + "'" + help;
    }
    return "expected options only but found the argument '" + first + "'" + help;
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec) {
      return ((OptionSpec) arg).longestName();
    }
    if (arg instanceof PositionalParamSpec) {
      return ((PositionalParamSpec) arg).paramLabel();
    }
    return String.valueOf(arg);
  }
}
