package cn.cadre.lms.gardens.control;

import cn.cadre.lms.common.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sanitiser policies: what a cadre may format, and that nothing that runs survives. */
class GardenHtmlTest {

  static void inert(String safe) {
    String lower = safe.toLowerCase(Locale.ROOT);
    for (String bad : new String[] {"<script", "onerror", "onclick", "javascript:", "style=", "<img", "<iframe"}) {
      assertFalse(lower.contains(bad), bad + " survived in " + safe);
    }
  }

  @Test
  void scriptsEventHandlersScriptLinksAndStylesGoFormattingStays() {
    String safe = GardenHtml.rich("<p style=\"color:red\" onclick=\"steal()\">学习<strong>心得</strong></p>"
        + "<script>alert(1)</script><img src=x onerror=alert(2)>"
        + "<a href=\"javascript:alert(3)\">点我</a><a href=\"https://www.12371.cn/\">共产党员网</a>"
        + "<iframe src=\"https://evil.example/\"></iframe><ul><li>一</li></ul>", "body");
    inert(safe);
    assertTrue(safe.contains("<strong>心得</strong>"), safe);
    assertTrue(safe.contains("<li>一</li>"), safe);
    assertTrue(safe.contains("href=\"https://www.12371.cn/\""), safe);
    assertTrue(safe.contains("点我"), "the text of a refused link stays: " + safe);
  }

  @Test
  void commentsKeepOnlyInlineFormatting() {
    String safe = GardenHtml.light("<h1>大标题</h1><p>很好 <em>赞</em></p><svg onload=alert(1)></svg>", "body");
    inert(safe);
    assertFalse(safe.contains("<h1>"), safe);
    assertFalse(safe.contains("<p>"), safe);
    assertTrue(safe.contains("<em>赞</em>"), safe);
    assertEquals("大标题很好 赞", PlainText.of(safe));
  }

  @Test
  void nothingReadableLeftIsNoBodyAndTooMuchIsAFieldError() {
    assertNull(GardenHtml.rich("<script>alert(1)</script><p> </p>", "body"));
    assertNull(GardenHtml.rich(null, "body"));
    assertNull(GardenHtml.light("<img src=x onerror=alert(1)>", "body"));
    LmsException e = assertThrows(LmsException.class, () -> GardenHtml.rich("字".repeat(20_001), "body"));
    assertEquals(422, e.status());
    assertEquals("field.tooLong", e.fields().get(0).key());
    assertEquals("body", e.fields().get(0).field());
    GardenHtml.rich("字".repeat(20_000), "body");
    assertThrows(LmsException.class, () -> GardenHtml.light("字".repeat(2_001), "body"));
  }

  @Test
  void plainTextDecodesEntitiesAndSeparatesBlocks() {
    assertEquals("经济发展 a < b & c", PlainText.of("<p>经济发展</p><p>a &lt; b &amp; c</p>"));
    assertEquals("", PlainText.of(null));
    String typed = GardenHtml.light("a < b", "body");
    assertEquals("a < b", PlainText.of(typed), "a typed '<' is text, shown as text: " + typed);
  }
}
