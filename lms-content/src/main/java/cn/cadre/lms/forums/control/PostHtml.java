package cn.cadre.lms.forums.control;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.common.PlainText;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Post bodies are HTML written by any reader and shown to every other, so they pass the OWASP
 * sanitiser on the way in with a policy narrower than the lesson texts': text formatting, blocks,
 * lists and links only. No script, no event handler, no style, no image, no frame; links only to
 * http, https and mailto, and each gets rel="nofollow noopener noreferrer" so a post cannot lend
 * the platform's standing to a link or reach back into the page that opened it.
 */
public final class PostHtml {

  /** What a reader may send, counted before cleaning: about ten pages of text. */
  public static final int MAX_BODY = 20_000;

  static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "strike", "sub", "sup", "blockquote", "pre",
          "code", "ol", "ul", "li", "h1", "h2", "h3", "h4", "a")
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").onElements("a")
      .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
      .toFactory();


  private PostHtml() {}

  /** Cleans a body as the reader sent it; empty after cleaning (only a script, say) is refused too. */
  public static String clean(String raw) {
    if (raw != null && raw.length() > MAX_BODY) {
      throw LmsException.invalid("body", "field.tooLong", MAX_BODY);
    }
    String html = raw == null ? "" : POLICY.sanitize(raw).strip();
    if (PlainText.of(html).isBlank()) {
      throw LmsException.invalid("body", "field.required");
    }
    return html;
  }

  /** The first {@code max} characters of the text, on one line, with "…" when cut. */
  public static String excerpt(String html, int max) {
    String text = PlainText.of(html).replaceAll("\\s+", " ");
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
