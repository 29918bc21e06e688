package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.privacy.spi.AccessLogEntry;
import org.crmkit.privacy.spi.AccessOutcome;
import org.junit.jupiter.api.Test;

/**
 * The hash of every entry is the one the class documentation defines, computed here the plain
 * way: each field's bytes ({@code Instant.toString()}, {@code Long.toString}, UTF-8 text, each
 * subject's id after the count) after its 4-byte big-endian length, one SHA-256 over all.
 */
class AccessLogHashTest {

  @Test
  void append_variedEntries_hashIsTheDocumentedSha256() throws Exception {
    AccessLog log = AccessLog.inMemory();
    Viewer[] viewers = {Viewer.of("crm-web", "u42", "customer-service", AccessPolicy.USER),
      Viewer.of("bi.app", "a7@corp", "analysis", AccessPolicy.ANALYST)};
    Instant[] times = {Instant.parse("2026-06-30T00:00:00Z"), Instant.parse("2026-06-30T00:00:00.123456789Z"),
      Instant.parse("+12026-01-01T00:00:00.5Z"), Instant.parse("1969-12-31T23:59:59.000001Z")};
    // 1000 subjects take more than the hasher's buffer, so the message is streamed to the digest.
    int[] counts = {0, 1, 7, 1000};
    for (int i = 0; i < 40; i++) {
      boolean denied = i % 5 == 0;
      List<CustomerId> subjects = new ArrayList<>();
      for (int k = 0; !denied && k < counts[i % counts.length]; k++) {
        subjects.add(CustomerId.of("c-" + i + "." + k + (k % 3 == 0 ? "-with:a.longer_id" : "")));
      }
      AccessLogEntry e = log.append(times[i % times.length], viewers[i % 2], i % 3 == 0 ? "standard" : "opt-out:直销😀 é",
          subjects, denied ? AccessOutcome.DENIED : AccessOutcome.GRANTED);
      assertEquals(reference(e), e.hash(), "entry " + i);
    }
    assertEquals(LogVerification.intact(40), log.verify());
  }

  private static String reference(AccessLogEntry e) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> fields = new ArrayList<>(List.of("crmkit-access/2", Long.toString(e.index()), e.at().toString(),
        e.applicationId(), e.userId(), e.view(), e.purpose(), Long.toString(e.customers())));
    e.subjects().forEach(id -> fields.add(id.value()));
    fields.add(e.outcome().name());
    fields.add(e.previousHash());
    for (String f : fields) {
      byte[] b = f.getBytes(StandardCharsets.UTF_8);
      out.write(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
        (byte) b.length});
      out.write(b);
    }
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
  }
}
