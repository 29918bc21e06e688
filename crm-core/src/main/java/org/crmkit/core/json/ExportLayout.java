package org.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Lays an export out one profile per line, so that line numbers in errors point at a profile
 * and the file can be split, counted and compared with line tools; everything else is compact.
 */
final class ExportLayout extends MinimalPrettyPrinter {
  private static final long serialVersionUID = 1L;
  /** Depth of the generator's context inside the profiles array: root 0, document 1, array 2. */
  private static final int PROFILES_DEPTH = 2;

  private static boolean inProfiles(JsonGenerator g) {
    return g.getOutputContext().inArray() && g.getOutputContext().getNestingDepth() == PROFILES_DEPTH;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (inProfiles(g)) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(inProfiles(g) ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    g.writeRaw(inProfiles(g) && nrOfValues > 0 ? "\n]" : "]");
  }
}
