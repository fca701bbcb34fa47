package cn.cadre.lms.sync.protocol;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One immutable event made at a station: its number in the station's log, its id (a UUID made
 * there), its kind, when the station's clock says it was made (display only), and its body.
 */
public record SyncRecord(long seq, String id, RecordKind kind, Instant madeAt, JsonObject body) {}
