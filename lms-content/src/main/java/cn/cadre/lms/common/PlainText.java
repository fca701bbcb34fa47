package cn.cadre.lms.common;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * Rich text (sanitised HTML) as plain text, one line: what the search index stores, what a
 * mention is looked for in, what an excerpt is cut from, and what "is it empty" asks of: tags dropped, entities decoded,
 * a space where a block ends so words of two paragraphs never run together, script and style
 * content dropped. Uses the OWASP sanitizer's HTML lexer rather than a hand-written regex.
 */
public final class PlainText {

  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "td", "th",
      "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article");
  private static final Set<String> SKIPPED = Set.of("script", "style");

  private PlainText() {}

  public static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Collector text = new Collector();
    HtmlSanitizer.sanitize(html, text);
    // a no-break space (&nbsp; from an editor) separates words like any other
    return text.out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static final class Collector implements HtmlSanitizer.Policy {
    private final StringBuilder out = new StringBuilder();
    private int skipping;

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attrs) {
      if (SKIPPED.contains(name)) {
        skipping++;
      } else if (BLOCKS.contains(name)) {
        out.append(' ');
      }
    }

    @Override
    public void closeTag(String name) {
      if (SKIPPED.contains(name)) {
        skipping = Math.max(0, skipping - 1);
      } else if (BLOCKS.contains(name)) {
        out.append(' ');
      }
    }

    @Override
    public void text(String chunk) {
      if (skipping == 0) {
        out.append(chunk);
      }
    }
  }
}
