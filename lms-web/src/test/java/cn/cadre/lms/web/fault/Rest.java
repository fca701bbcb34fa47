package cn.cadre.lms.web.fault;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A small HTTP/1.1 client for one server of the fault test (the JDK's own, so a call to a killed
 * server fails fast with an IOException rather than hanging): JSON in, status and body out.
 */
public final class Rest {

  public static final String DEMO_PASSWORD = "Huaibei@2026";

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final String base;
  private String token;

  public Rest(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** A status, the content type and the body. */
  public record Reply(int status, String type, byte[] bytes) {
    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body())).readObject();
    }

    public JsonArray array() {
      JsonValue v = Json.createReader(new StringReader(body())).readValue();
      if (v instanceof JsonArray a) {
        return a;
      }
      // a page {total, items} read as its items
      return v.asJsonObject().getJsonArray("items");
    }

    public Reply expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body());
      }
      return this;
    }
  }

  public String base() {
    return base;
  }

  /** Signs in (POST /api/auth/token) and keeps the bearer token for the calls after. */
  public Rest signIn(String username, String password) {
    Reply r = post("api/auth/token", Json.createObjectBuilder().add("username", username).add("password", password)
        .build().toString());
    token = r.expect(200).json().getString("token");
    return this;
  }

  public Rest signIn(String username) {
    return signIn(username, DEMO_PASSWORD);
  }

  public Reply get(String path) {
    return send(request(path, Duration.ofSeconds(60)).GET());
  }

  public Reply post(String path, String json) {
    return send(request(path, Duration.ofSeconds(120)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST of exact bytes with extra headers (a signed batch, a bundle file). */
  public Reply post(String path, byte[] body, String type, Map<String, String> headers) {
    HttpRequest.Builder b = request(path, Duration.ofSeconds(120)).header("Content-Type", type);
    headers.forEach(b::header);
    return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder b) {
    HttpRequest request = b.build();
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
