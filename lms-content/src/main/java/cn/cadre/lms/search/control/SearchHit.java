package cn.cadre.lms.search.control;

import java.time.Instant;

/**
 * One hit as the results list shows it. {@code snippet} is HTML: the passage's text escaped, with
 * {@code <mark>} around the matching words and nothing else, so a page may write it as HTML and a
 * post's {@code <script>} still shows as text.
 */
public record SearchHit(
    SearchKind kind, long id, String title, String snippet, String countyCode, Instant at, String link) {}
