package org.crmkit.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a subcommand into one line on stderr, without a stack trace:
 * {@link InputException} gives exit code 2, {@link CommandFailedException} and anything else 1.
 * Library exceptions carry no personal data in their messages, so printing them is safe.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    String message;
    if (ex instanceof InputException) {
      code = CommandLine.ExitCode.USAGE;
      message = ex.getMessage();
    } else if (ex instanceof CommandFailedException) {
      code = CommandLine.ExitCode.SOFTWARE;
      message = ex.getMessage();
    } else {
      code = CommandLine.ExitCode.SOFTWARE;
      message = "internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage();
    }
    err.println(ErrorLine.of(commandLine.getCommandSpec(), message));
    err.flush();
    return code;
  }
}
