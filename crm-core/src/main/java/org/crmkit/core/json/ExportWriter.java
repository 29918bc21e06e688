package org.crmkit.core.json;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.crmkit.core.profile.CustomerProfile;

/**
 * Writes a {@code crmkit-export/1} document one profile at a time, for exports too large to hold
 * in memory; obtain one from {@link CustomerExport#open}. The document is complete only after
 * {@link #close()}. Not thread-safe.
 *
 * <pre>{@code
 * try (ExportWriter out = CustomerExport.open(Files.newOutputStream(file))) {
 *   for (CustomerProfile profile : profiles) {
 *     out.write(profile);
 *   }
 * }
 * }</pre>
 */
public final class ExportWriter implements AutoCloseable {
  private final OutputStream out;
  private final JsonGenerator g;
  private final boolean closeTarget;
  private long count;
  private boolean closed;

  ExportWriter(OutputStream out, boolean closeTarget) {
    this.out = requireNonNull(out, "out");
    this.closeTarget = closeTarget;
    try {
      g = CustomerExport.newGenerator(out);
      g.writeStartObject();
      g.writeStringField("format", CustomerExport.FORMAT);
      g.writeFieldName("profiles");
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends a profile.
   *
   * @param profile the profile
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(CustomerProfile profile) {
    requireNonNull(profile, "profile");
    checkState(!closed, "export writer must be open but was closed after %s profiles", count);
    try {
      ProfileCodecs.PROFILE.write(g, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  /** Returns how many profiles were written so far. */
  public long count() {
    return count;
  }

  /**
   * Ends the document, flushes it and closes the underlying stream (unless this writer was made
   * by {@link CustomerExport#write}, which leaves the stream open). Closing twice does nothing.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
      if (closeTarget) {
        out.close();
      } else {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "ExportWriter[profiles=" + count + (closed ? ", closed" : "") + "]";
  }
}
