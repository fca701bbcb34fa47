package cn.cadre.lms.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Field checks that entities of several components share, each failing as a 422 naming the field. */
public final class FieldChecks {

  private FieldChecks() {}

  /** Plain text, stripped; required and at most {@code max} characters. */
  public static String text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      throw LmsException.invalid(field, "field.required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw LmsException.invalid(field, "field.tooLong", max);
    }
    return trimmed;
  }

  /**
   * An http or https address with a host, at most {@code max} characters: a javascript: or data:
   * link would run in the page of whoever follows it.
   */
  public static String webLink(String url, int max, String field) {
    if (url.length() > max) {
      throw LmsException.invalid(field, "field.tooLong", max);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // falls through to the field error
    }
    throw LmsException.invalid(field, "field.invalidUrl");
  }
}
