package cn.cadre.lms.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Batches: what the station signs is what the center verifies and parses; anything else fails. */
class BatchSigningTest {

  static final KeyPair STATION = Keys.generate();
  static final KeyPair OTHER = Keys.generate();

  static List<SyncRecord> records(long from, int n) {
    List<SyncRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new SyncRecord(from + i, UUID.randomUUID().toString(), RecordKind.ATTENDANCE, Instant.parse("2026-11-29T01:00:00Z"),
          Json.createObjectBuilder().add("sessionId", UUID.randomUUID().toString()).add("cadreId", 7).add("minutes", 45).build()));
    }
    return out;
  }

  static Batch batch(long from, int n) {
    return Batch.of("RS340621100201", Keys.keyId(STATION.getPublic()), 3, records(from, n));
  }

  @Test
  void aSignedBatchVerifiesAndParsesBackToTheSameRecords() {
    Batch b = batch(11, 3);
    Signed s = Signed.of(b, STATION.getPrivate());
    assertTrue(Keys.verify(s.body(), s.signature(), STATION.getPublic()));
    Batch back = Batch.parse(s.body());
    assertEquals(b, back);
    assertEquals(11, back.from());
    assertEquals(13, back.to());
    assertArrayEquals(s.body(), back.toBytes(), "parsing and writing again gives the signed bytes");
  }

  @Test
  void oneChangedByteOrAnotherStationsKeyFailsTheSignature() {
    Signed s = Signed.of(batch(1, 2), STATION.getPrivate());
    byte[] tampered = s.body().clone();
    int at = new String(tampered, StandardCharsets.UTF_8).indexOf("\"minutes\":45") + 11;
    tampered[at] = '9';
    assertFalse(Keys.verify(tampered, s.signature(), STATION.getPublic()));
    assertFalse(Keys.verify(s.body(), s.signature(), OTHER.getPublic()));
    assertFalse(Keys.verify(s.body(), Signed.of(batch(1, 2), OTHER.getPrivate()).signature(), STATION.getPublic()));
    assertFalse(Keys.verify(s.body(), "not base64 at all!", STATION.getPublic()));
    assertFalse(Keys.verify(s.body(), "", STATION.getPublic()));
    assertFalse(Keys.verify(s.body(), null, STATION.getPublic()));
  }

  @Test
  void keysSurviveTheirTextFormsAndBadKeysAreRefused() {
    var pub = Keys.publicKey(Keys.encode(STATION.getPublic()));
    var priv = Keys.privateKey(Keys.encode(STATION.getPrivate()));
    byte[] data = "x".getBytes(StandardCharsets.UTF_8);
    assertTrue(Keys.verify(data, Keys.sign(data, priv), pub));
    assertEquals(64, Keys.keyId(pub).length());
    assertThrows(IllegalArgumentException.class, () -> Keys.publicKey("AAAA"));
    assertThrows(IllegalArgumentException.class, () -> Keys.publicKey("%%%"));
  }

  @Test
  void malformedBatchesNameTheFieldAtFault() {
    assertEquals("body", malformed("not json"));
    assertEquals("body", malformed("[1,2]"));
    assertEquals("station", malformed(text(batch(1, 1)).replace("\"station\":\"RS340621100201\"", "\"station\":\"\"")));
    assertEquals("records", malformed(text(batch(1, 1)).replaceAll("\"records\":\\[.*\\]", "\"records\":[]")));
    // numbered 1..2 but says to 3
    assertEquals("to", malformed(text(batch(1, 2)).replace("\"to\":2", "\"to\":3")));
    // a record out of order
    Batch b = batch(5, 2);
    String swapped = text(b).replace("\"seq\":5", "\"seq\":X").replace("\"seq\":6", "\"seq\":5").replace("\"seq\":X", "\"seq\":6");
    assertEquals("records[0].seq", malformed(swapped));
    assertEquals("records[0].kind", malformed(text(batch(1, 1)).replace("ATTENDANCE", "PARTY")));
    assertEquals("records[0].id", malformed(text(batch(1, 1)).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"x\"")));
    assertEquals("records[0].madeAt", malformed(text(batch(1, 1)).replace("2026-11-29T01:00:00Z", "yesterday")));
    assertEquals("from", malformed(text(batch(1, 1)).replace("\"from\":1", "\"from\":0")));
  }

  @Test
  void aBatchHoldsAtMost500Records() {
    assertEquals("records", malformed(text(batch(1, Batch.MAX_RECORDS + 1))));
    assertEquals(Batch.MAX_RECORDS, Batch.parse(batch(1, Batch.MAX_RECORDS).toBytes()).records().size());
  }

  static String text(Batch b) {
    return new String(b.toBytes(), StandardCharsets.UTF_8);
  }

  static String malformed(String json) {
    SyncRefused e = assertThrows(SyncRefused.class, () -> Batch.parse(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Refusal.MALFORMED, e.reason());
    assertEquals(422, e.status());
    return e.fields().isEmpty() ? null : e.fields().get(0).field();
  }
}
