package cn.cadre.lms.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Rich text to index text, and paths to their county. */
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
  void theCountyIsTheFirstCodeBelowTheCity() {
    assertEquals("340621", Counties.of("/340600/340621/u27/"));
    assertEquals("340603", Counties.of("/340600/340603/340603100/340603100201/s5/"));
    assertEquals("340621", Counties.of("/340000/340600/340621/"), "under a province too");
    assertNull(Counties.of("/340600/"));
    assertNull(Counties.of("/340000/340600/u3/"));
  }
}
