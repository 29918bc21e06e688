package org.crmkit.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.crmkit.core.profile.CustomerProfile;

/**
 * Writes and reads customer files ({@link CustomerProfile}s) in crmkit's own export format,
 * {@code crmkit-export/1}: whole lists, or streamed one profile at a time for large exports.
 * Stateless and thread-safe; see {@link ExportWriter} for the streaming writer.
 *
 * <h2>The document</h2>
 *
 * <pre>{@code
 * {"format":"crmkit-export/1","profiles":[
 * {"customer":{...},"interactions":[...],"consentEvents":[...]},
 * {"customer":{...}}
 * ]}
 * }</pre>
 *
 * <ul>
 *   <li>UTF-8 JSON (RFC 8259); a leading byte-order mark is skipped. The writer puts each profile
 *       on its own line; readers must not rely on the line layout.
 *   <li>{@code format} is the first field and is exactly {@code "crmkit-export/1"}; a document
 *       without it, or with another value, is rejected before any profile is read.
 *   <li>{@code profiles} is a required array of profile objects. There are no other fields and
 *       nothing may follow the document.
 *   <li>A profile is {@code {"customer": customer, "interactions": [interaction...],
 *       "consentEvents": [consent event...]}}. Every interaction and consent event carries the
 *       customer's id. Ids are not checked for uniqueness across profiles.
 * </ul>
 *
 * <h2>Rules for every object</h2>
 *
 * <ul>
 *   <li>Field names are the Java record component names and are written in component order;
 *       readers accept any order. A repeated or unknown field is an error.
 *   <li>Fields marked "?" below are optional: an empty {@code Optional}, list, set or map is left
 *       out on writing; on reading an absent field or {@code null} means empty. Every other field
 *       is required and must not be {@code null}.
 *   <li>Values are read through the records' canonical constructors, so every rule of the model
 *       applies; text is normalised as the model normalises it (trimmed, for example).
 *   <li>Enums are their constant names, such as {@code "INDIVIDUAL"}. Instants are ISO-8601 UTC
 *       strings as {@link java.time.Instant#toString()} writes them ({@code "2024-05-01T08:30:00Z"},
 *       fractions of a second only when not zero), dates {@code "2024-05-01"}, durations ISO-8601
 *       ({@code "PT1M30S"}). Integers are JSON integers.
 *   <li>Decimals are JSON strings in plain notation ({@code "1200.5"}) so that no reader rounds
 *       them through binary floating point; trailing zeros carry no meaning (the model strips
 *       them). Readers also accept a JSON number. At most 100 digits on either side of the point.
 * </ul>
 *
 * <h2>Values</h2>
 *
 * <ul>
 *   <li>customer id, interaction id: the id string, {@code "C-000123"}.
 *   <li>money: {@code {"amount": "1200.5", "currency": "CNY"}}, currency an ISO 4217 code.
 *   <li>region: its path {@code "CN/Sichuan/Chengdu"} (country, then optional province, then
 *       optional city; see {@link org.crmkit.core.customer.Region#parse}). Industry: its code,
 *       {@code "finance"}.
 *   <li>contact point, by {@code kind}: {@code {"kind": "PHONE", "e164": "+8618049531999"}},
 *       {@code {"kind": "EMAIL", "value": "li.lei@example.cn"}} or {@code {"kind": "POSTAL",
 *       "region": "CN/Sichuan/Chengdu", "street": "...", "postalCode"?: "610041"}}.
 *   <li>attribute value, by {@code kind}: {@code {"kind": "TEXT", "value": "..."}}, {@code
 *       {"kind": "DECIMAL", "value": "12.5"}}, {@code {"kind": "FLAG", "value": true}} or {@code
 *       {"kind": "DATE", "value": "2024-05-01"}}.
 *   <li>purpose: {@code {"code": "direct-marketing", "requiresOptIn": false}}.
 * </ul>
 *
 * <h2>customer</h2>
 *
 * {@code id}, {@code type} ({@code INDIVIDUAL | ENTERPRISE | INSTITUTION}), {@code displayName},
 * {@code contactPoints?} (contact points, primary first), {@code contacts?} ({@code {"name",
 * "title"?, "company"?, "contactPoints"?}}), {@code industry?}, {@code region?}, {@code segment}
 * ({@code HIGH_VALUE | POTENTIAL | ORDINARY}), {@code lifecycle} (array of stage entries, oldest
 * first: {@code {"stage": "AWARENESS|INTERACTION|TRANSACTION|MAINTENANCE|EXIT", "enteredAt",
 * "reason"?}}), {@code accountManager?}, {@code tags?} (array of strings), {@code attributes?}
 * (object from key to attribute value), {@code birthDate?}, {@code gender?} ({@code FEMALE | MALE
 * | OTHER | UNDISCLOSED}), {@code estimatedIncome?} (money), {@code idDocument?} ({@code {"kind":
 * "CN_RESIDENT_ID|PASSPORT|BUSINESS_LICENSE|OTHER", "number"}}), {@code sensitive?} ({@code
 * {"ethnicity"?, "religion"?, "healthNotes"?, "other"?: {key: text}}}, left out when nothing
 * sensitive is recorded), {@code createdAt}, {@code updatedAt}, {@code version}.
 *
 * <h2>interaction</h2>
 *
 * {@code kind} (the {@link org.crmkit.core.interaction.InteractionKind} name), {@code id}, {@code
 * customerId}, {@code occurredAt}, {@code channel} ({@link org.crmkit.core.interaction.Channel}),
 * then by kind:
 *
 * <ul>
 *   <li>{@code PURCHASE}: {@code orderId}, {@code amount} (money), {@code items?} ({@code {"sku",
 *       "quantity", "unitPrice": money}}), {@code payment} ({@link
 *       org.crmkit.core.interaction.PaymentStatus}), {@code delivery} ({@link
 *       org.crmkit.core.interaction.DeliveryStatus}).
 *   <li>{@code REFUND}: {@code orderId}, {@code amount}, {@code refundKind} ({@code REFUND |
 *       RETURN}), {@code reason?}.
 *   <li>{@code SERVICE}: {@code content}, {@code askedFor?}, {@code urgency} ({@code LOW | NORMAL
 *       | HIGH | CRITICAL}), {@code replyDueAt?}, {@code resolved} (boolean).
 *   <li>{@code COMPLAINT}: {@code urgency}, {@code replyDueAt}, {@code cause} ({@link
 *       org.crmkit.core.interaction.ComplaintCause}), {@code status} ({@link
 *       org.crmkit.core.interaction.ComplaintStatus}), {@code content}.
 *   <li>{@code FOLLOW_UP}: {@code method} ({@link org.crmkit.core.interaction.FollowUpMethod}),
 *       {@code purpose} ({@link org.crmkit.core.interaction.FollowUpPurpose}), {@code outcome}
 *       ({@link org.crmkit.core.interaction.FollowUpOutcome}), {@code notes?}.
 *   <li>{@code COMMUNICATION}: {@code direction} ({@code INBOUND | OUTBOUND}), {@code content}.
 *   <li>{@code SURVEY_RESPONSE}: {@code question} ({@code {"questionId", "scale": {"kind":
 *       "NPS|CSAT|OTHER", "min", "max"}}}), {@code score} (integer on the scale), {@code comment?}.
 *   <li>{@code RENEWAL}: {@code contractId}, {@code periodStart}, {@code periodEnd} (dates),
 *       {@code amount}, {@code outcome} ({@code PENDING | RENEWED | CHANGED | LOST}).
 *   <li>{@code SITE_VISIT}: {@code page?}, {@code duration}.
 * </ul>
 *
 * <h2>consent event</h2>
 *
 * {@code eventId}, {@code customerId}, {@code purpose}, {@code status} ({@code GRANTED |
 * OPTED_OUT | WITHDRAWN | EXPIRED}), {@code effectiveAt}, {@code recordedAt}, {@code expiresAt?},
 * {@code channel}, {@code noticeVersion}, {@code actor}, {@code recipients?} (array of strings;
 * absent means all recipients).
 *
 * <h2>Errors</h2>
 *
 * A bad document fails with a {@link JsonFormatException} naming the line, column and JSON path
 * (such as {@code profiles[3].customer.contactPoints[0]}) and what is wrong, never the value.
 * The streaming reader has handed every profile before the bad one to its consumer by then.
 */
public final class CustomerExport {
  /** The format marker, the value of the document's {@code format} field. */
  public static final String FORMAT = "crmkit-export/1";

  private static final Pattern PRINTABLE_MARKER = Pattern.compile("[A-Za-z0-9._/-]{1,40}");
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private CustomerExport() {}

  /**
   * Writes profiles as one export document. Leaves the stream open.
   *
   * @param profiles the profiles, in the order to write them
   * @param out where to write UTF-8 JSON
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void write(List<CustomerProfile> profiles, OutputStream out) {
    requireNonNull(profiles, "profiles");
    ExportWriter writer = new ExportWriter(out, false);
    for (CustomerProfile p : profiles) {
      writer.write(p);
    }
    writer.close();
  }

  /**
   * Starts an export document to write profile by profile; {@link ExportWriter#close()} ends the
   * document and closes the stream.
   *
   * @param out where to write UTF-8 JSON
   * @return the writer
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static ExportWriter open(OutputStream out) {
    return new ExportWriter(out, true);
  }

  /**
   * Reads a whole export document into memory. Leaves the stream open.
   *
   * @param in UTF-8 JSON
   * @return the profiles, in document order
   * @throws JsonFormatException if the document is not a valid {@code crmkit-export/1} document
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static List<CustomerProfile> read(InputStream in) {
    List<CustomerProfile> profiles = new ArrayList<>();
    read(in, profiles::add);
    return profiles;
  }

  /**
   * Reads an export document profile by profile, handing each to {@code sink} as soon as it is
   * read, so that memory use does not grow with the document. Leaves the stream open.
   *
   * @param in UTF-8 JSON
   * @param sink receives the profiles in document order
   * @throws JsonFormatException if the document is not a valid {@code crmkit-export/1} document;
   *     the profiles before the bad one have been handed to {@code sink}
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void read(InputStream in, Consumer<? super CustomerProfile> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    JsonParser p = null;
    try {
      p = FACTORY.createParser(utf8(in));
      readDocument(p, sink);
    } catch (IOException e) {
      throw Failures.reading(e, p);
    } finally {
      closeQuietly(p);
    }
  }

  private static void readDocument(JsonParser p, Consumer<? super CustomerProfile> sink) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw fail(p, "", first == null ? "the input is empty; expected a " + FORMAT + " document"
          : "expected a " + FORMAT + " document (a JSON object)");
    }
    String field = p.nextFieldName();
    if (!"format".equals(field)) {
      throw fail(p, "format", "a " + FORMAT + " document must begin with \"format\": \"" + FORMAT
          + "\" but " + (field == null ? "was empty" : "began with another field"));
    }
    p.nextToken();
    if (p.currentToken() != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
      String found = p.currentToken() == JsonToken.VALUE_STRING && PRINTABLE_MARKER.matcher(p.getText()).matches()
          ? "'" + p.getText() + "'" : "another value";
      throw fail(p, "format", "format must be \"" + FORMAT + "\" but was " + found);
    }
    boolean sawProfiles = false;
    for (field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      boolean repeated = "format".equals(field) || ("profiles".equals(field) && sawProfiles);
      if (repeated || !"profiles".equals(field)) {
        throw fail(p, Node.path(p.getParsingContext()), repeated ? "field appears twice in the same object"
            : "unknown field; the fields here are format, profiles");
      }
      sawProfiles = true;
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(p, "profiles", "expected an array of profiles");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Node node = Node.read(p);
        if (node.isNull()) {
          throw node.fail("profiles must not contain null");
        }
        sink.accept(ProfileCodecs.PROFILE.read(node));
      }
    }
    if (!sawProfiles) {
      throw fail(p, "profiles", "required field is missing");
    }
    if (p.nextToken() != null) {
      throw fail(p, "", "unexpected content after the end of the document");
    }
  }

  private static JsonFormatException fail(JsonParser p, String path, String problem) {
    JsonLocation location = p.currentTokenLocation();
    return new JsonFormatException(location.getLineNr(), location.getColumnNr(), path, problem, null);
  }

  /** Decodes strict UTF-8 (malformed bytes are an error, not U+FFFD) and skips a byte-order mark. */
  private static Reader utf8(InputStream in) throws IOException {
    PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
    int c = reader.read();
    if (c >= 0 && c != '\uFEFF') {
      reader.unread(c);
    }
    return reader;
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException ignored) {
        // Closing a parser that does not own its source releases only buffers.
      }
    }
  }

  /** Returns a UTF-8 generator in the export layout that leaves {@code out} open. */
  static JsonGenerator newGenerator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(new ExportLayout());
    return g;
  }
}
