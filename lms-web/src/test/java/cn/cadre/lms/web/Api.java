package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;

/** A small REST client for the platform test: tokens, calls, and JSON bodies read back. */
final class Api implements AutoCloseable {

  static final String PASSWORD = "Huaibei@2026";

  private final Client client = ClientBuilder.newClient();
  private final String base;

  Api(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** A status and the body as text, so a test can assert on both. */
  record Reply(int status, String type, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    /** The problem's field errors as field -> code. */
    Map<String, String> fieldErrors() {
      return json().getJsonArray("errors").stream()
          .map(JsonStructure.class::cast)
          .map(JsonObject.class::cast)
          .collect(java.util.stream.Collectors.toMap(
              e -> e.getString("field"), e -> e.getString("code"), (a, b) -> a, java.util.TreeMap::new));
    }

    Reply expect(int expected) {
      assertEquals(expected, status, body);
      return this;
    }

    Reply expectProblem(int expected) {
      expect(expected);
      assertEquals("application/problem+json", type.split(";")[0], body);
      assertEquals(expected, json().getInt("status"));
      return this;
    }
  }

  String token(String username) {
    return login(username, PASSWORD).expect(200).json().getString("token");
  }

  Reply login(String username, String password) {
    return send(request("api/auth/token", null, null).buildPost(Entity.json(
        Json.createObjectBuilder().add("username", username).add("password", password).build().toString())));
  }

  Reply get(String path, String token) {
    return send(request(path, token, null).buildGet());
  }

  Reply get(String path, String token, String language) {
    return send(request(path, token, language).buildGet());
  }

  /** A binary download (an export): the status and the bytes. */
  byte[] bytes(String path, String token, String language, int expected) {
    try (Response r = request(path, token, language).buildGet().invoke()) {
      assertEquals(expected, r.getStatus());
      return r.readEntity(byte[].class);
    }
  }

  Reply post(String path, String token, String json) {
    return send(request(path, token, null).buildPost(Entity.json(json)));
  }

  Reply put(String path, String token, String json) {
    return send(request(path, token, null).buildPut(Entity.json(json)));
  }

  Reply delete(String path, String token) {
    return send(request(path, token, null).buildDelete());
  }

  Reply postFile(String path, String token, byte[] body, String type) {
    return send(request(path, token, null).buildPost(Entity.entity(body, type)));
  }

  /** A station's signed request: the body's exact bytes with the sync headers, no sign-in. */
  Reply postSigned(String path, byte[] body, String station, String signature) {
    Invocation.Builder b = request(path, null, null);
    if (station != null) {
      b.header("X-Sync-Station", station);
    }
    if (signature != null) {
      b.header("X-Sync-Signature", signature);
    }
    return send(b.buildPost(Entity.entity(body, "application/json")));
  }

  private Invocation.Builder request(String path, String token, String language) {
    var target = client.target(base + path.substring(0, path.contains("?") ? path.indexOf('?') : path.length()));
    if (path.contains("?")) {
      for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        target = target.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    Invocation.Builder b = target.request();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return b;
  }

  private static Reply send(Invocation invocation) {
    try (Response r = invocation.invoke()) {
      return new Reply(r.getStatus(), String.valueOf(r.getHeaderString("Content-Type")), r.readEntity(String.class));
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
