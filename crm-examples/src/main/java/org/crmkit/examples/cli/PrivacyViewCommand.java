package org.crmkit.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.json.JsonFormatException;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.examples.demo.DemoPrivacy;
import org.crmkit.privacy.access.AccessDeniedException;
import org.crmkit.privacy.access.AccessPolicy;
import org.crmkit.privacy.access.LogVerification;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.access.Viewer;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code crm privacy view}: reads a {@code crmkit-export/1} file through one privacy view of the
 * {@link PrivacyGateway} and prints one JSON line per customer the view keeps, in the export
 * layout with the view's values. The read is checked against the default access policy and
 * logged in the run's access log like any other.
 */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Print a customer file through a privacy view, one JSON line per customer the view keeps.",
      "",
      "Each line is a profile in the export layout ({\"customer\":...,\"interactions\":[...],"
          + "\"consentEvents\":[...]}) with only the fields the view grants, masked, generalised or "
          + "pseudonymised as it says. Views: standard (identity masked, free text and sensitive "
          + "data removed), personal (everything; role privacy-officer only), anonymous (identity "
          + "removed, keyed pseudonyms), opt-out:PURPOSE (standard without the customers who deny "
          + "PURPOSE), selective:RECIPIENT (the recipient's allow-list; recipients partner:insurance, "
          + "partner:logistics, partner:bank, partner:telecom, partner:analytics).",
      ""})
final class PrivacyViewCommand extends CrmSubcommand {
  /** Consent is decided at the start of the --as-of day in China time, as in 'crm demo'. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String USER_ID = "cli";
  static final String PURPOSE = "crm-privacy-view";

  @Option(names = "--view", required = true, paramLabel = "VIEW", converter = ViewSpecConverter.class,
      description = "standard, personal, anonymous, opt-out:PURPOSE or selective:RECIPIENT.")
  ViewSpec view;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The crmkit-export/1 file to read, as written by 'crm demo --export'.")
  Path input;

  @Option(names = "--role", paramLabel = "ROLE",
      description = "The reader's role: user, analyst, disclosure or privacy-officer (default: the role "
          + "the default policy requires for the view; the personal view always needs privacy-officer).")
  String role;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "File holding the pseudonym master key as hexadecimal digits, at least 32 "
          + "(default: a key generated for this run, never shown).")
  Path keyFile;

  @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfDateConverter.class,
      description = "Decide consent at the start of this day, ISO yyyy-MM-dd (default: now).")
  LocalDate asOf;

  @Override
  void run(PrintWriter out, Progress progress) throws IOException {
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      throw new ParameterException(spec.commandLine(), "--input must be a readable file but was '" + input + "'");
    }
    Viewer viewer = viewer();
    KeySource keys = keyFile == null ? KeyFiles.generated() : KeyFiles.read(keyFile);
    Clock clock = asOf == null ? Clock.systemUTC() : Clock.fixed(asOf.atStartOfDay(ZONE).toInstant(), ZoneOffset.UTC);
    PrivacyGateway gateway = DemoPrivacy.gateway(keys, clock).build();
    refuseEarly(gateway, viewer);
    progress.step("reading %s", input);
    List<CustomerProfile> profiles = read();
    List<ProfileView> rows = gateway.read(viewer, view, profiles);
    for (ProfileView row : rows) {
      out.println(JsonLines.of(row.toPlain()));
    }
    LogVerification check = gateway.accessLog().verify();
    progress.step("view %s as role %s: %,d of %,d customers; access log %,d %s, chain %s", view.name(),
        String.join(",", viewer.roles()), rows.size(), profiles.size(), gateway.accessLog().size(),
        gateway.accessLog().size() == 1 ? "entry" : "entries", check.isIntact() ? "intact" : "BROKEN");
    if (keyFile == null) {
      // Said even with --quiet, and only on success so that a failure stays one line.
      PrintWriter err = spec.commandLine().getErr();
      err.println(spec.qualifiedName() + ": no --key-file given: pseudonyms use a key generated for this run "
          + "(never shown), so they differ from those of any other run");
      err.flush();
    }
  }

  private Viewer viewer() {
    String r = role == null ? defaultRole(view.kind()) : role;
    try {
      return Viewer.of(DemoPrivacy.APPLICATION, USER_ID, PURPOSE, r);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--role must be 1..64 characters of [a-z0-9._-] but was '" + shorten(r) + "'");
    }
  }

  /** The role the default policy requires for a view; the personal view gets none by default. */
  static String defaultRole(ViewKind kind) {
    switch (kind) {
      case ANONYMOUS:
        return AccessPolicy.ANALYST;
      case SELECTIVE:
        return AccessPolicy.DISCLOSURE;
      default:
        return AccessPolicy.USER;
    }
  }

  /**
   * Refuses, before the input is read, a view the viewer may not read or a recipient without a
   * policy: the gateway logs the denial and returns nothing.
   */
  private void refuseEarly(PrivacyGateway gateway, Viewer viewer) {
    boolean unknownRecipient = view instanceof ViewSpec.Selective && DemoPrivacy.recipients().stream()
        .noneMatch(p -> p.recipient().equals(((ViewSpec.Selective) view).recipient()));
    if (!gateway.policy().permits(viewer, view) || unknownRecipient) {
      try {
        gateway.read(viewer, view, List.of());
      } catch (AccessDeniedException e) {
        String hint = view.kind() == ViewKind.PERSONAL ? "; the personal view needs --role "
            + AccessPolicy.PRIVACY_OFFICER : "";
        if (unknownRecipient) {
          hint = "; recipients with a policy: " + DemoPrivacy.recipients().stream()
              .map(RecipientPolicy::recipient).collect(Collectors.joining(", "));
        }
        throw new ParameterException(spec.commandLine(), "access denied: " + e.getMessage() + hint);
      }
      throw new IllegalStateException("gateway must refuse view " + view.name());
    }
  }

  private List<CustomerProfile> read() {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16)) {
      return CustomerExport.read(in);
    } catch (JsonFormatException e) {
      throw new InputException(input, e);
    } catch (IOException | UncheckedIOException e) {
      throw new CommandFailedException("--input could not be read from '" + input + "': "
          + e.getClass().getSimpleName(), e);
    }
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
