package cn.cadre.lms.gardens.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The garden entities' own rules: who posts, edits, removes, features and likes, and each field's limits. */
class GardenRulesTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 8, 0);
  static final Garden UNIT = new Garden(GardenKind.UNIT, "组织部学习园地", "说明",
      new GardenAudience("/340600/340621/u12/", null, "340621", 12L), 1, AT);

  static final Standing AUTHOR = new Standing(10, true, true, false);
  static final Standing COLLEAGUE = new Standing(11, true, true, false);
  static final Standing LIAISON = new Standing(12, true, true, true);
  static final Standing CENTER = new Standing(13, true, false, true);
  static final Standing OUTSIDER = new Standing(14, false, false, false);

  static PostContent reflection(String title) {
    return new PostContent(title, "<p>心得</p>", null, null, null, List.of());
  }

  static GardenPost post() {
    return new GardenPost(UNIT, AUTHOR, PostKind.REFLECTION, reflection("体会"), AT);
  }

  static LmsException refused(int status, Runnable r) {
    LmsException e = assertThrows(LmsException.class, r::run);
    assertEquals(status, e.status(), e.key());
    return e;
  }

  @Test
  void aReaderWhoIsNotAMemberIsRefusedWithTheReasonAndAnOutsiderSeesNothing() {
    assertEquals("garden.notMember",
        refused(403, () -> new GardenPost(UNIT, CENTER, PostKind.REFLECTION, reflection("t"), AT)).key());
    assertEquals("problem.notFound",
        refused(404, () -> new GardenPost(UNIT, OUTSIDER, PostKind.REFLECTION, reflection("t"), AT)).key());
    assertEquals(10, post().authorId());
  }

  @Test
  void aLikeTogglesOncePerPersonAndNobodyLikesTheirOwnPost() {
    GardenPost p = post();
    boolean liked = p.toggleLike(COLLEAGUE, false);
    assertTrue(liked);
    assertFalse(p.toggleLike(COLLEAGUE, liked), "a second press takes the like back");
    assertTrue(p.toggleLike(COLLEAGUE, false), "and a third likes again");
    assertEquals("garden.ownPost", refused(409, () -> p.toggleLike(AUTHOR, false)).key());
  }

  @Test
  void onlyAKeeperFeaturesAndOnlyReflections() {
    GardenPost p = post();
    assertEquals("garden.notKeeper", refused(403, () -> p.feature(AUTHOR, true, AT)).key());
    assertEquals("garden.notKeeper", refused(403, () -> p.feature(COLLEAGUE, true, AT)).key());
    p.feature(LIAISON, true, AT);
    assertTrue(p.featured());
    assertEquals(AT, p.featuredAt());
    p.feature(CENTER, false, AT);
    assertFalse(p.featured());
    assertNull(p.featuredAt());
    GardenPost link = new GardenPost(UNIT, AUTHOR, PostKind.RESOURCE,
        new PostContent("链接", null, null, "https://www.12371.cn/", null, List.of()), AT);
    assertEquals("garden.onlyReflections", refused(409, () -> link.feature(LIAISON, true, AT)).key());
  }

  @Test
  void onlyTheAuthorRevisesAndTheAuthorOrAKeeperRemoves() {
    GardenPost p = post();
    assertEquals("garden.notAuthor", refused(403, () -> p.revise(LIAISON, reflection("改"), AT)).key());
    p.revise(AUTHOR, reflection("修改后的标题"), AT.plusHours(1));
    assertEquals("修改后的标题", p.title());
    assertEquals(AT.plusHours(1), p.updatedAt());
    assertEquals("garden.notAuthor", refused(403, () -> p.requireRemover(COLLEAGUE)).key());
    p.requireRemover(AUTHOR);
    p.requireRemover(LIAISON);
  }

  @Test
  void titlesAndBodiesAreRequiredAndBounded() {
    assertEquals("title", refused(422, () -> new GardenPost(UNIT, AUTHOR, PostKind.REFLECTION, reflection(" "), AT))
        .fields().get(0).field());
    var tooLong = refused(422, () -> new GardenPost(UNIT, AUTHOR, PostKind.REFLECTION, reflection("长".repeat(121)), AT));
    assertEquals("field.tooLong", tooLong.fields().get(0).key());
    new GardenPost(UNIT, AUTHOR, PostKind.REFLECTION, reflection("长".repeat(120)), AT);
    var noBody = refused(422, () -> new GardenPost(UNIT, AUTHOR, PostKind.REFLECTION,
        new PostContent("t", null, null, null, null, List.of()), AT));
    assertEquals("body", noBody.fields().get(0).field());
    assertEquals("name", refused(422, () -> new Garden(GardenKind.CITY, "", "", UNIT.audience(), 1, AT))
        .fields().get(0).field());
  }

  @Test
  void aResourceIsALinkOrAFileAndLinksAreHttpOnly() {
    assertEquals("garden.linkOrFile", refused(422, () -> new GardenPost(UNIT, AUTHOR, PostKind.RESOURCE,
        new PostContent("空", null, null, null, null, List.of()), AT)).fields().get(0).key());
    for (String bad : new String[] {"javascript:alert(1)", "data:text/html,<script>x</script>", "ftp://x/y", "/relative"}) {
      var e = refused(422, () -> new GardenPost(UNIT, AUTHOR, PostKind.RESOURCE,
          new PostContent("坏链接", null, null, bad, null, List.of()), AT));
      assertEquals("field.invalidUrl", e.fields().get(0).key(), bad);
    }
    GardenPost file = new GardenPost(UNIT, AUTHOR, PostKind.RESOURCE,
        new PostContent("文件", null, null, null, "00000000-0000-4000-8000-000000000009", List.of()), AT);
    file.revise(AUTHOR, new PostContent("文件（改）", null, null, null, null, List.of()), AT);
    assertEquals("00000000-0000-4000-8000-000000000009", file.mediaId(), "an edit keeps the file");
    assertEquals("garden.fileAlreadyShared", refused(422, () -> file.revise(AUTHOR,
        new PostContent("文件", null, null, "https://x.cn/", null, List.of()), AT)).fields().get(0).key());
  }

  @Test
  void aReadingListNeedsEntriesEachWithItsOwnFieldErrors() {
    assertEquals("items", refused(422, () -> new GardenPost(UNIT, AUTHOR, PostKind.READING_LIST,
        new PostContent("书单", null, null, null, null, List.of()), AT)).fields().get(0).field());
    assertEquals("items[1].url", refused(422, () -> new ReadingItem(1, "书", "javascript:x()", null))
        .fields().get(0).field());
    assertEquals("items[0].label", refused(422, () -> new ReadingItem(0, " ", null, null)).fields().get(0).field());
    GardenPost list = new GardenPost(UNIT, AUTHOR, PostKind.READING_LIST, new PostContent("书单", null, null,
        "https://ignored.cn/", null, List.of(new ReadingItem(0, "《纲要》", null, null),
            new ReadingItem(1, "课程", null, 5L))), AT);
    assertEquals(List.of("《纲要》", "课程"), list.items().stream().map(ReadingItem::label).toList());
    assertNull(list.url(), "a reading list keeps only its own fields");
  }
}
