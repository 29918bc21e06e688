package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crmkit.core.json.JsonFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A subcommand that fails on purpose, to test the error handlers. */
@Command(name = "fail")
final class FailingCommand extends CrmSubcommand {
  @Option(names = "--how")
  String how = "runtime";

  @Override
  void run(PrintWriter out, Progress progress) {
    out.println("partial result that must not reach stdout");
    switch (how) {
      case "input":
        throw new InputException(Path.of("in.json"), 3, "profiles[0].customer.version", "an integer", "a string");
      case "json":
        throw new InputException(Path.of("in.json"),
            new JsonFormatException(4, 17, "profiles[2].customer.version", "version must be >= 0 but was negative", null));
      case "failed":
        throw new CommandFailedException("disk full");
      case "oom":
        throw new OutOfMemoryError("Java heap space");
      default:
        throw new IllegalStateException("store broke\n  at line two");
    }
  }
}
