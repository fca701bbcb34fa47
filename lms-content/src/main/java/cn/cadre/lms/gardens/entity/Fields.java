package cn.cadre.lms.gardens.entity;

import cn.cadre.lms.common.FieldChecks;

/** The field checks the garden's entities share, each failing as a 422 naming the field. */
final class Fields {

  static final int MAX_URL = 500;

  private Fields() {}

  static String text(String value, int max, String field) {
    return FieldChecks.text(value, max, field);
  }

  /** Only http and https with a host: a javascript: or data: link would run in readers' pages. */
  static String webLink(String url, String field) {
    return FieldChecks.webLink(text(url, MAX_URL, field), MAX_URL, field);
  }

  static String optionalWebLink(String url, String field) {
    return url == null || url.isBlank() ? null : webLink(url, field);
  }
}
