package org.crmkit.scoring.bgnbd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CDNOW test resources (see src/test/resources/cdnow/README.md). */
final class Cdnow {
  private Cdnow() {}

  /** Lines of a resource, header included. */
  static List<String> lines(String name) {
    try (InputStream in = Cdnow.class.getResourceAsStream("/cdnow/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /cdnow/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published summary: rows of {ID, frequency, recency, T} as strings. */
  static List<String[]> summaryRows() {
    List<String> lines = lines("cdnow_customers_summary.csv");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split(","));
    }
    return rows;
  }

  /** The published summary as a table of one row per customer, in file order. */
  static FrequencyRecencyTable summaryTable() {
    FrequencyRecencyTableBuilder builder = FrequencyRecencyTable.builder();
    for (String[] f : summaryRows()) {
      builder.add(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
    }
    return builder.build();
  }
}
