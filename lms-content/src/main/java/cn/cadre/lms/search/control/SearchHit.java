package cn.cadre.lms.search.control;

import java.time.Instant;

/**
 * One hit as the results list shows it. {@code title} is the plain title; {@code markedTitle} and
 * {@code snippet} are HTML: the text escaped, with {@code <mark>} around the matching words and
 * nothing else, so a page may write them as HTML and a post's {@code <script>} still shows as text.
 */
public record SearchHit(SearchKind kind, long id, String title, String markedTitle, String snippet, String countyCode,
    Instant at, String link) {

  /** Text as HTML with nothing marked: the five characters HTML gives a meaning escaped. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
