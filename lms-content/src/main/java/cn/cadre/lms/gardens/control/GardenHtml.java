package cn.cadre.lms.gardens.control;

import cn.cadre.lms.common.LmsException;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;
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
  private static final Set<String> BREAKS = Set.of("p", "div", "br", "li", "ul", "ol", "blockquote", "h1", "h2",
      "h3", "h4", "h5", "h6", "tr", "td", "th", "pre");

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
    return plainText(safe).isEmpty() ? null : safe;
  }

  /** The text a reader sees, entities decoded and whitespace folded: what the search index stores. */
  public static String plainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
      @Override
      public void openDocument() {
        // nothing to write
      }

      @Override
      public void closeDocument() {
        // nothing to write
      }

      @Override
      public void openTag(String elementName, List<String> attrs) {
        gap(elementName);
      }

      @Override
      public void closeTag(String elementName) {
        gap(elementName);
      }

      @Override
      public void text(String textChunk) {
        out.append(textChunk);
      }

      private void gap(String element) {
        if (BREAKS.contains(element)) {
          out.append(' ');
        }
      }
    });
    return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
