package org.crmkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.profile.CustomerProfile;
import org.junit.jupiter.api.Test;

class CustomerExportTest {

  private static final List<CustomerProfile> PROFILES = List.of(JsonSamples.profile(), JsonSamples.bareProfile());

  /** A stream that remembers whether it was closed. */
  private static final class Recording extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static String export(List<CustomerProfile> profiles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CustomerExport.write(profiles, out);
    return out.toString(UTF_8);
  }

  private static InputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(UTF_8));
  }

  private static JsonFormatException readFails(String json) {
    return assertThrows(JsonFormatException.class, () -> CustomerExport.read(in(json)));
  }

  @Test
  void write_thenRead_givesEqualProfiles() {
    assertEquals(PROFILES, CustomerExport.read(in(export(PROFILES))));
  }

  @Test
  void write_layout_putsOneProfilePerLine() {
    String[] lines = export(PROFILES).split("\n", -1);
    assertEquals(5, lines.length);
    assertEquals("{\"format\":\"crmkit-export/1\",\"profiles\":[", lines[0]);
    assertTrue(lines[1].startsWith("{\"customer\":{\"id\":\"C-000001\""), lines[1]);
    assertTrue(lines[1].endsWith("},"), lines[1]);
    assertTrue(lines[2].startsWith("{\"customer\":{\"id\":\"C-000002\""), lines[2]);
    assertEquals("]}", lines[3]);
    assertEquals("", lines[4]);
  }

  @Test
  void write_noProfiles_writesAnEmptyDocument() {
    String json = export(List.of());
    assertEquals("{\"format\":\"crmkit-export/1\",\"profiles\":[]}\n", json);
    assertEquals(List.of(), CustomerExport.read(in(json)));
  }

  @Test
  void write_leavesTheStreamOpen() {
    Recording out = new Recording();
    CustomerExport.write(PROFILES, out);
    assertFalse(out.closed);
  }

  @Test
  void open_writesProfileByProfileAndClosesTheStream() {
    Recording out = new Recording();
    try (ExportWriter writer = CustomerExport.open(out)) {
      for (CustomerProfile p : PROFILES) {
        writer.write(p);
      }
      assertEquals(2, writer.count());
    }
    assertTrue(out.closed);
    assertEquals(export(PROFILES), out.toString(UTF_8));
  }

  @Test
  void open_writeAfterClose_throws() {
    ExportWriter writer = CustomerExport.open(new ByteArrayOutputStream());
    writer.close();
    assertThrows(IllegalStateException.class, () -> writer.write(JsonSamples.bareProfile()));
  }

  @Test
  void read_streaming_handsProfilesOverInOrder() {
    List<String> ids = new ArrayList<>();
    CustomerExport.read(in(export(PROFILES)), p -> ids.add(p.customer().id().value()));
    assertEquals(List.of("C-000001", "C-000002"), ids);
  }

  @Test
  void read_badSecondProfile_hasHandedOverTheFirst() {
    String json = export(PROFILES).replace("\"id\":\"C-000002\",\"type\":\"ENTERPRISE\"", "\"id\":\"C-000002\",\"type\":\"PERSON\"");
    List<CustomerProfile> seen = new ArrayList<>();
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CustomerExport.read(in(json), seen::add));
    assertEquals(1, seen.size());
    assertEquals("profiles[1].customer.type", e.field());
    assertEquals(3, e.line());
    assertEquals("expected one of INDIVIDUAL, ENTERPRISE, INSTITUTION", e.problem());
  }

  @Test
  void read_badPhone_namesLinePathAndNoDigits() {
    String json = export(PROFILES).replace("+8618049531999", "+86180495319");
    JsonFormatException e = readFails(json);
    assertEquals("profiles[0].customer.contactPoints[0].e164", e.field());
    assertEquals(2, e.line());
    assertTrue(e.column() > 1);
    assertFalse(e.getMessage().contains("180495"), e.getMessage());
  }

  @Test
  void read_interactionOfAnotherCustomer_failsAtTheProfile() {
    String json = export(PROFILES).replace("\"id\":\"I-3\",\"customerId\":\"C-000001\"", "\"id\":\"I-3\",\"customerId\":\"C-000009\"");
    JsonFormatException e = readFails(json);
    assertEquals("profiles[0]", e.field());
    assertTrue(e.problem().startsWith("interaction I-3 must belong to customer C-000001"), e.problem());
  }

  @Test
  void read_missingFormatMarker_isRejected() {
    JsonFormatException e = readFails("{\"profiles\":[]}");
    assertEquals("format", e.field());
    assertTrue(e.problem().contains("must begin with \"format\": \"crmkit-export/1\""), e.problem());
  }

  @Test
  void read_otherFormatVersion_isRejectedNamingBoth() {
    JsonFormatException e = readFails("{\"format\":\"crmkit-export/2\",\"profiles\":[]}");
    assertEquals("format must be \"crmkit-export/1\" but was 'crmkit-export/2'", e.problem());
  }

  @Test
  void read_formatMarkerHoldingText_doesNotEchoIt() {
    JsonFormatException e = readFails("{\"format\":\"李雷 180 4953 1999\",\"profiles\":[]}");
    assertEquals("format must be \"crmkit-export/1\" but was another value", e.problem());
  }

  @Test
  void read_missingProfiles_isRejected() {
    assertEquals("profiles", readFails("{\"format\":\"crmkit-export/1\"}").field());
  }

  @Test
  void read_unknownTopLevelField_isRejected() {
    JsonFormatException e = readFails("{\"format\":\"crmkit-export/1\",\"profiles\":[],\"count\":0}");
    assertEquals("count", e.field());
  }

  @Test
  void read_notAnObject_isRejected() {
    assertTrue(readFails("[]").problem().contains("crmkit-export/1"));
    assertTrue(readFails("").problem().startsWith("the input is empty"));
  }

  @Test
  void read_truncatedDocument_isRejected() {
    String json = export(PROFILES);
    JsonFormatException e = readFails(json.substring(0, json.length() / 2));
    assertEquals("the input ended in the middle of the document", e.problem());
  }

  @Test
  void read_contentAfterTheDocument_isRejected() {
    assertTrue(readFails(export(List.of()) + "{}").problem().startsWith("unexpected content"));
  }

  @Test
  void read_invalidUtf8_isRejected() {
    byte[] bytes = "{\"format\":\"crmkit-export/1\",\"profiles\":[\"x\"]}".getBytes(UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3;
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CustomerExport.read(new ByteArrayInputStream(bytes)));
    assertEquals("input is not valid UTF-8", e.problem());
  }

  @Test
  void read_leadingByteOrderMark_isSkipped() {
    assertEquals(PROFILES, CustomerExport.read(in("\uFEFF" + export(PROFILES))));
  }
}
