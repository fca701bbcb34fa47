package cn.cadre.lms.sync.outbox;

import static cn.cadre.lms.sync.protocol.SyncJson.JSON;

import cn.cadre.lms.sync.protocol.Signed;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The station's HTTP client to the center: JSON in, JSON or a problem document out. */
public final class CenterClient {

  // HTTP/1.1: the JDK client would otherwise try a cleartext HTTP/2 upgrade on every http: request,
  // which proxies and village routers handle badly
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;

  public CenterClient(String base) {
    this.base = base;
  }

  /** An answer from the center: its status and JSON body (a problem document when not 2xx). */
  public record Reply(int status, JsonObject json) {
    public boolean ok() {
      return status / 100 == 2;
    }

    public String reason() {
      return json.getString("reason", null);
    }

    public String detail() {
      return json.getString("detail", "HTTP " + status);
    }
  }

  /** The center could not be reached or did not answer: the words the station page shows. */
  public static final class Unreachable extends Exception {
    public Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public Reply post(String path, byte[] body, String station, String signature) throws Unreachable {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (station != null) {
      b.header("X-Sync-Station", station).header("X-Sync-Signature", signature);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonObject json;
      try (JsonReader reader = JSON.createReader(new StringReader(r.body().isBlank() ? "{}" : r.body()))) {
        json = reader.readObject();
      } catch (RuntimeException e) {
        throw new Unreachable("the center answered HTTP " + r.statusCode() + " without a readable body", e);
      }
      if (r.statusCode() >= 500) {
        throw new Unreachable("the center failed (HTTP " + r.statusCode() + "): " + json.getString("detail", ""), null);
      }
      return new Reply(r.statusCode(), json);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new Unreachable("cannot connect to the center at " + base, e);
    } catch (HttpTimeoutException e) {
      throw new Unreachable("the center at " + base + " did not answer in time", e);
    } catch (IOException e) {
      throw new Unreachable("the link to the center at " + base + " broke: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted", e);
    } catch (IllegalArgumentException e) {
      throw new Unreachable("the center's address " + base + " is not a URL", e);
    }
  }

  /** A signed request for a file: its bytes, or null when the center has no such file for this station. */
  public byte[] download(String path, byte[] body, String station, String signature) throws Unreachable {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
        .header("Content-Type", "application/json").header("X-Sync-Station", station).header("X-Sync-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() >= 500) {
        throw new Unreachable("the center failed (HTTP " + r.statusCode() + ")", null);
      }
      return r.statusCode() == 200 ? r.body() : null;
    } catch (IOException e) {
      throw new Unreachable("the link to the center at " + base + " broke: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted", e);
    }
  }

  public Reply post(String path, Signed signed, String station) throws Unreachable {
    return post(path, signed.body(), station, signed.signature());
  }
}
