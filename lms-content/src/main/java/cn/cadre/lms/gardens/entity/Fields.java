package cn.cadre.lms.gardens.entity;

import cn.cadre.lms.common.LmsException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The field checks the garden's entities share, each failing as a 422 naming the field. */
final class Fields {

  static final int MAX_URL = 500;

  private Fields() {}

  /** Plain text, stripped; required and at most {@code max} characters. */
  static String text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      throw LmsException.invalid(field, "field.required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw LmsException.invalid(field, "field.tooLong", max);
    }
    return trimmed;
  }

  static String optionalText(String value, int max, String field) {
    return value == null || value.isBlank() ? null : text(value, max, field);
  }

  /** Only http and https with a host: a javascript: or data: link would run in readers' pages. */
  static String webLink(String url, String field) {
    String u = text(url, MAX_URL, field);
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // falls through to the field error
    }
    throw LmsException.invalid(field, "field.invalidUrl");
  }

  static String optionalWebLink(String url, String field) {
    return url == null || url.isBlank() ? null : webLink(url, field);
  }
}
