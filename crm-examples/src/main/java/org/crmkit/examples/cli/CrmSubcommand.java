package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code crm} subcommand: the {@code --quiet} option, progress on stderr, and
 * the rule that stdout receives the result only when the subcommand succeeds (it writes into a
 * buffer that is copied to stdout after {@link #run} returns).
 *
 * <p>Subclasses add a picocli {@code @Command} annotation and their options, and implement
 * {@link #run}. Bad input files are reported by throwing {@link InputException} (exit 2).
 */
abstract class CrmSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-q", "--quiet"}, description = "Do not report progress on stderr.")
  boolean quiet;

  /**
   * Does the work.
   *
   * @param out the result buffer, copied to stdout on success
   * @param progress reports long steps on stderr
   * @throws Exception on failure: {@link InputException} and picocli's {@code ParameterException}
   *     give exit 2, anything else exit 1
   */
  abstract void run(PrintWriter out, Progress progress) throws Exception;

  @Override
  public final Integer call() throws Exception {
    StringWriter buffer = new StringWriter();
    try (PrintWriter out = new PrintWriter(buffer)) {
      run(out, new Progress(spec.commandLine().getErr(), spec.qualifiedName(), quiet));
    } catch (OutOfMemoryError e) {
      // What the subcommand held is unreachable once we are here, so reporting is safe.
      throw new CommandFailedException("out of memory; " + outOfMemoryHint());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(buffer);
    stdout.flush();
    return 0;
  }

  /** Returns what to do after running out of memory, for the error line. */
  String outOfMemoryHint() {
    return "give the JVM more heap, for example 'java -Xmx8g -jar crm.jar " + spec.name() + " ...'";
  }
}
