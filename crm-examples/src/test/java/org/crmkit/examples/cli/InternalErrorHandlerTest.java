package org.crmkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class InternalErrorHandlerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "runtime | 1 | crm fail: internal error (IllegalStateException): store broke at line two",
    "failed  | 1 | crm fail: disk full",
    "oom     | 1 | crm fail: out of memory; give the JVM more heap, for example 'java -Xmx8g -jar crm.jar fail ...'",
    "input   | 2 | crm fail: in.json:3: profiles[0].customer.version must be an integer but was a string",
    "json    | 2 | crm fail: in.json:4:17: profiles[2].customer.version: version must be >= 0 but was negative",
  })
  void handleExecutionException_anyFailure_oneLineNoStackTraceNothingOnStdout(String how, int code, String line) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CrmCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
    // Subcommands added later need the streams and handlers set again.
    commandLine.addSubcommand(new CommandLine(new FailingCommand()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());

    int exit = commandLine.execute("fail", "--how", how, "--quiet");

    assertEquals(code, exit);
    assertEquals("", out.toString());
    assertEquals(List.of(line), err.toString().lines().toList());
  }
}
