package cn.cadre.lms.sync.inbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.sync.protocol.SyncRefused;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;

/** A station's master-data request: {"station", "nonce", "version", "backlog"}. */
public final class MasterRequest {

  private MasterRequest() {}

  public static JsonObject parse(byte[] body) {
    JsonObject o;
    try (JsonReader r = JSON.createReader(new ByteArrayInputStream(body))) {
      o = r.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw SyncRefused.malformed("body", "not a JSON object");
    }
    if (!(o.get("station") instanceof JsonString)) {
      throw SyncRefused.malformed("station", "station is missing");
    }
    if (!(o.get("nonce") instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
      throw SyncRefused.malformed("nonce", "nonce must be a whole number of at least 1");
    }
    return o;
  }
}
