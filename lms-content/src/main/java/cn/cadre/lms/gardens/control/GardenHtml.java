package cn.cadre.lms.gardens.control;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.common.PlainText;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What cadres write is HTML shown to their whole unit or city, so it is cleaned on the way in with
 * the OWASP sanitiser: formatting, paragraphs, lists and http(s) links stay; scripts, event
 * handlers, javascript: links, styles, images and frames go. Comments keep only inline formatting
 * and links. Titles are never HTML: they are stored as typed and escaped where shown.
 */
public final class GardenHtml {

  /** The most a post's body may hold, as typed (before cleaning). */
  public static final int MAX_BODY = 20_000;
  /** The most a comment may hold, as typed. */
  public static final int MAX_COMMENT = 2_000;

  private static final PolicyFactory RICH = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS);
  private static final PolicyFactory LIGHT = Sanitizers.FORMATTING.and(Sanitizers.LINKS);
  // elements after which plain text needs a space, or two paragraphs' words would run together

  private GardenHtml() {}

  /** A post's body cleaned, or null when no text is left; over {@link #MAX_BODY} is a field error. */
  public static String rich(String html, String field) {
    return clean(html, MAX_BODY, RICH, field);
  }

  /** A comment cleaned to light HTML, or null when no text is left. */
  public static String light(String html, String field) {
    return clean(html, MAX_COMMENT, LIGHT, field);
  }

  private static String clean(String html, int max, PolicyFactory policy, String field) {
    if (html == null) {
      return null;
    }
    if (html.length() > max) {
      throw LmsException.invalid(field, "field.tooLong", max);
    }
    String safe = policy.sanitize(html).strip();
    return PlainText.of(safe).isEmpty() ? null : safe;
  }

}
