package org.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.examples.demo.DemoPrivacy;
import org.crmkit.privacy.dictionary.FieldEntry;
import picocli.CommandLine.Command;

/**
 * {@code crm privacy dictionary}: prints the data dictionary the views use as one JSON document,
 * {@code {"fields":[{"path":"…","category":"…"}, …]}}, one field per line, sorted by path.
 */
@Command(
    name = "dictionary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the data dictionary as JSON: every field of the export format with its category.",
      "",
      "Prints {\"fields\":[{\"path\":\"...\",\"category\":\"IDENTITY|PERSONAL|SENSITIVE|NON_PERSONAL\"}, ...]}. "
          + "A path is the dotted path of the field in the export format of 'crm demo --export', "
          + "[] marking array elements (interactions[].content) and * any map key. The synthetic "
          + "base's customer attributes are classified too; any other field is SENSITIVE.",
      ""})
final class PrivacyDictionaryCommand extends CrmSubcommand {

  @Override
  void run(PrintWriter out, Progress progress) {
    List<FieldEntry> entries = DemoPrivacy.dictionary().entries();
    out.print("{\"fields\":[");
    String sep = "\n";
    for (FieldEntry e : entries) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("path", e.path());
      field.put("category", e.category().name());
      out.print(sep);
      out.print(JsonLines.of(field));
      sep = ",\n";
    }
    out.print("\n]}\n");
  }
}
