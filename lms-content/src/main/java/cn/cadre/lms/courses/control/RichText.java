package cn.cadre.lms.courses.control;

import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson bodies and course summaries are HTML written by authors and shown to every learner, so
 * they are cleaned on the way in with the OWASP sanitiser: formatting, blocks, lists, tables,
 * links and images stay; scripts, event handlers, styles and frames go.
 */
public final class RichText {

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS).and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES);

  private RichText() {}

  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html).strip();
  }
}
