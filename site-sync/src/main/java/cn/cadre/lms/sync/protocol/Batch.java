package cn.cadre.lms.sync.protocol;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Consecutive records of one station, numbered {@code from}..{@code to}, with the station's key id and
 * the records it says are still waiting (backlog). The bytes {@link #toBytes()} makes are what the
 * station signs and sends; {@link #parse} checks everything about the shape, never the content of
 * a record's body (that is the apply rules' business, which quarantine rather than refuse).
 */
public record Batch(String station, String keyId, String batchId, long from, long to, int backlog, List<SyncRecord> records) {

  public static final int MAX_RECORDS = 500;
  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public Batch {
    records = List.copyOf(records);
  }

  public static Batch of(String station, String keyId, int backlog, List<SyncRecord> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a batch holds at least one record");
    }
    return new Batch(station, keyId, UUID.randomUUID().toString(), records.get(0).seq(),
        records.get(records.size() - 1).seq(), backlog, records);
  }

  public byte[] toBytes() {
    JsonArrayBuilder rs = JSON.createArrayBuilder();
    for (SyncRecord r : records) {
      rs.add(JSON.createObjectBuilder().add("seq", r.seq()).add("id", r.id()).add("kind", r.kind().name())
          .add("madeAt", r.madeAt().toString()).add("body", r.body()));
    }
    return JSON.createObjectBuilder().add("station", station).add("keyId", keyId).add("batchId", batchId)
        .add("from", from).add("to", to).add("backlog", backlog).add("records", rs).build()
        .toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a batch; a SyncRefused MALFORMED naming the field at fault when it is not one. */
  public static Batch parse(byte[] bytes) {
    JsonObject o = object(bytes);
    String station = text(o, "station", 40);
    String keyId = text(o, "keyId", 64);
    String batchId = uuid(o, "batchId");
    long from = number(o, "from", 1);
    long to = number(o, "to", from);
    int backlog = (int) Math.min(Integer.MAX_VALUE, number(o, "backlog", 0));
    if (!(o.get("records") instanceof JsonArray array) || array.isEmpty()) {
      throw SyncRefused.malformed("records", "records must be a non-empty array");
    }
    if (array.size() > MAX_RECORDS) {
      throw SyncRefused.malformed("records", "at most " + MAX_RECORDS + " records in a batch, not " + array.size());
    }
    if (to - from + 1 != array.size()) {
      throw SyncRefused.malformed("to", "from " + from + " to " + to + " does not match " + array.size() + " records");
    }
    List<SyncRecord> records = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = "records[" + i + "]";
      if (!(array.get(i) instanceof JsonObject r)) {
        throw SyncRefused.malformed(at, "a record must be an object");
      }
      long seq = number(r, "seq", 1, at + ".seq");
      if (seq != from + i) {
        throw SyncRefused.malformed(at + ".seq", "records must be numbered " + from + ".." + to + " in order; found " + seq);
      }
      String id = uuid(r, "id", at + ".id");
      RecordKind kind;
      try {
        kind = RecordKind.valueOf(text(r, "kind", 24, at + ".kind"));
      } catch (IllegalArgumentException e) {
        throw SyncRefused.malformed(at + ".kind", "unknown record kind");
      }
      Instant madeAt;
      try {
        madeAt = Instant.parse(text(r, "madeAt", 40, at + ".madeAt"));
      } catch (DateTimeParseException e) {
        throw SyncRefused.malformed(at + ".madeAt", "madeAt must be an ISO instant");
      }
      if (!(r.get("body") instanceof JsonObject body)) {
        throw SyncRefused.malformed(at + ".body", "body must be an object");
      }
      records.add(new SyncRecord(seq, id, kind, madeAt, body));
    }
    return new Batch(station, keyId, batchId, from, to, backlog, records);
  }

  static JsonObject object(byte[] bytes) {
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
      JsonValue v = reader.readValue();
      if (v instanceof JsonObject o) {
        return o;
      }
    } catch (JsonException | IllegalStateException e) {
      throw SyncRefused.malformed("body", "not JSON: " + e.getMessage());
    }
    throw SyncRefused.malformed("body", "a JSON object was expected");
  }

  static String text(JsonObject o, String name, int max) {
    return text(o, name, max, name);
  }

  static String text(JsonObject o, String name, int max, String field) {
    if (!(o.get(name) instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > max) {
      throw SyncRefused.malformed(field, field + " must be text of 1.." + max + " characters");
    }
    return s.getString();
  }

  static long number(JsonObject o, String name, long min) {
    return number(o, name, min, name);
  }

  static long number(JsonObject o, String name, long min, String field) {
    if (!(o.get(name) instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < min) {
      throw SyncRefused.malformed(field, field + " must be a whole number of at least " + min);
    }
    return n.longValueExact();
  }

  static String uuid(JsonObject o, String name) {
    return uuid(o, name, name);
  }

  static String uuid(JsonObject o, String name, String field) {
    String s = text(o, name, 36, field);
    if (!UUID_TEXT.matcher(s).matches()) {
      throw SyncRefused.malformed(field, field + " must be a UUID");
    }
    return s.toLowerCase();
  }
}
