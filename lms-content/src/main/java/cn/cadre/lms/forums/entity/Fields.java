package cn.cadre.lms.forums.entity;

import cn.cadre.lms.common.LmsException;
import java.util.regex.Pattern;

/** The field checks the forum's entities share, each failing as a 422 naming the field. */
public final class Fields {

  /** Control characters other than line breaks and tabs: never part of a title or a reason. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private Fields() {}

  /**
   * A required plain-text field: stripped, control characters removed, at most {@code max}
   * characters. It is stored as written and escaped wherever it is shown, never rendered as HTML.
   */
  public static String text(String value, int max, String field) {
    String cleaned = value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    if (cleaned.isEmpty()) {
      throw LmsException.invalid(field, "field.required");
    }
    if (cleaned.length() > max) {
      throw LmsException.invalid(field, "field.tooLong", max);
    }
    return cleaned;
  }

  /** Like {@link #text} but empty is allowed (answered as ""). */
  public static String optionalText(String value, int max, String field) {
    return value == null || value.isBlank() ? "" : text(value, max, field);
  }
}
