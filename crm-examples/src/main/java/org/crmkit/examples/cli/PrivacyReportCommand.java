package org.crmkit.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class PrivacyReportCommand extends CrmSubcommand {
  @Override
  void run(PrintWriter out, Progress progress) {
  }
}
