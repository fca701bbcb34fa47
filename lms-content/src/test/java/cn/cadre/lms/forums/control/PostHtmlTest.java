package cn.cadre.lms.forums.control;

import cn.cadre.lms.common.PlainText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PostHtmlTest {

  static void inert(String html) {
    String low = html.toLowerCase(Locale.ROOT);
    assertFalse(low.contains("<script"), html);
    assertFalse(low.contains("onerror"), html);
    assertFalse(low.contains("onclick"), html);
    assertFalse(low.contains("javascript:"), html);
    assertFalse(low.contains("style="), html);
    assertFalse(low.contains("<img"), html);
    assertFalse(low.contains("<iframe"), html);
  }

  @Test
  void scriptsHandlersStylesAndScriptLinksAreInert() {
    String cleaned = PostHtml.clean("<p style=\"color:red\" onclick=\"steal()\">体会<script>alert(1)</script></p>"
        + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">点我</a><iframe src=\"https://evil\"></iframe>"
        + "<svg onload=alert(4)></svg><a href=\"JaVaScRiPt:alert(5)\">再点</a>");
    inert(cleaned);
    assertTrue(cleaned.contains("<p>体会</p>"), cleaned);
    assertTrue(cleaned.contains("点我"), "the link's text stays, without the link: " + cleaned);
  }

  @Test
  void linksGetNofollowAndOnlyWebAndMailSchemes() {
    String cleaned = PostHtml.clean("<p><a href=\"https://www.huaibei.gov.cn/\">市政府网站</a>"
        + "<a href=\"data:text/html,x\">数据</a></p>");
    assertTrue(cleaned.contains("href=\"https://www.huaibei.gov.cn/\""), cleaned);
    for (String rel : new String[] {"nofollow", "noopener", "noreferrer"}) {
      assertTrue(cleaned.matches(".*rel=\"[^\"]*\\b" + rel + "\\b.*"), rel + " in " + cleaned);
    }
    assertFalse(cleaned.contains("data:"), cleaned);
  }

  @Test
  void formattingListsAndQuotesStay() {
    String html = "<p><strong>重点</strong><em>强调</em><u>下划线</u></p><ol><li>一</li></ol><blockquote>引文</blockquote>";
    assertEquals(html, PostHtml.clean(html));
  }

  @Test
  void emptyAfterCleaningOrOversizedIsRefusedOnTheBody() {
    var empty = assertThrows(LmsException.class, () -> PostHtml.clean("<script>alert(1)</script><p> </p>"));
    assertEquals("body", empty.fields().get(0).field());
    assertEquals("field.required", empty.fields().get(0).key());
    var big = assertThrows(LmsException.class, () -> PostHtml.clean("<p>" + "长".repeat(PostHtml.MAX_BODY) + "</p>"));
    assertEquals("field.tooLong", big.fields().get(0).key());
    assertEquals(PostHtml.MAX_BODY, big.fields().get(0).args()[0]);
    PostHtml.clean("长".repeat(PostHtml.MAX_BODY)); // the limit itself is allowed
  }

  @Test
  void plainTextDecodesWhatTheSanitiserEncodes() {
    String cleaned = PostHtml.clean("<p>请 @colleague 看看 a&lt;b &amp; c</p><p>第二段</p>");
    assertTrue(cleaned.contains("&#64;") || cleaned.contains("@"), cleaned);
    assertEquals("请 @colleague 看看 a<b & c 第二段", PlainText.of(cleaned));
    assertEquals("请 @colleague…", PostHtml.excerpt(cleaned, 12));
  }
}
