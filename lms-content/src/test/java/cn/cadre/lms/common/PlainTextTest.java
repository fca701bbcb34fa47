package cn.cadre.lms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rich text to the plain text that search, mentions and excerpts read. */
class PlainTextTest {

  @Test
  void tagsGoEntitiesAreDecodedAndBlocksKeepWordsApart() {
    assertEquals("学习 心得 A&B <不是标签>",
        PlainText.of("<p>学习</p><p>心得</p> A&amp;B &lt;不是标签&gt;"));
    assertEquals("正文", PlainText.of("<script>alert('x')</script><style>p{}</style><b>正文</b>"));
    assertEquals("", PlainText.of(null));
    assertEquals("", PlainText.of("  "));
  }

  @Test
  void aNoBreakSpaceSeparatesWordsAndEmptyParagraphsAreEmpty() {
    assertEquals("经济 发展", PlainText.of("<p>经济&nbsp;发展</p>"));
    assertEquals("", PlainText.of("<p><br></p>"));
  }
}
