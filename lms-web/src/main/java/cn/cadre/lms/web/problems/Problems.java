package cn.cadre.lms.web.problems;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.web.Texts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Builds RFC 9457 problem documents; every error the API returns goes through here. */
public final class Problems {

  public static final String TYPE = "application/problem+json";
  public static final MediaType MEDIA_TYPE = MediaType.valueOf(TYPE);
  /** Found once: JSON.createObjectBuilder() looks the provider up on every call, which a busy error path pays. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Problems() {}

  public static Response response(
      int status, String key, Object[] args, List<FieldProblem> fields, Locale locale, String instance) {
    return response(status, key, args, fields, locale, instance, Map.of());
  }

  /** With extension members (RFC 9457 section 3.2): text or whole numbers. */
  public static Response response(int status, String key, Object[] args, List<FieldProblem> fields, Locale locale,
      String instance, Map<String, Object> extensions) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "urn:lms:problem:" + key)
            .add("title", Texts.get(locale, key + ".title"))
            .add("status", status)
            .add("detail", Texts.get(locale, key, args));
    if (instance != null) {
      body.add("instance", instance);
    }
    extensions.forEach((name, value) -> {
      if (value instanceof Number n) {
        body.add(name, n.longValue());
      } else {
        body.add(name, String.valueOf(value));
      }
    });
    if (!fields.isEmpty()) {
      JsonArrayBuilder errors = JSON.createArrayBuilder();
      for (FieldProblem f : fields) {
        errors.add(
            JSON.createObjectBuilder()
                .add("field", f.field())
                .add("code", f.key())
                .add("message", Texts.get(locale, f.key(), f.args())));
      }
      body.add("errors", errors);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}
