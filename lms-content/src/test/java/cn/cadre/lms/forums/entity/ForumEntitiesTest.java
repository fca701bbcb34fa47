package cn.cadre.lms.forums.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cadre.lms.common.LmsException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForumEntitiesTest {

  static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 4, 8, 0);

  static ForumThread thread() {
    return new ForumThread(1, "学习体会", 7, T0);
  }

  @Test
  void aLockedThreadRefusesRepliesWith409AndTakesThemAgainOnceUnlocked() {
    ForumThread t = thread();
    assertEquals(1, t.takeSeq());
    t.lock(true);
    LmsException refused = assertThrows(LmsException.class, t::takeSeq);
    assertEquals(409, refused.status());
    assertEquals("forum.threadLocked", refused.key());
    assertThrows(LmsException.class, t::requireOpen, "its author may not edit either");
    t.lock(false);
    assertEquals(2, t.takeSeq(), "a refused reply took no number");
  }

  @Test
  void postsAreNumberedInOrderAndTheCountsFollowTheVisibleOnes() {
    ForumThread t = thread();
    t.posted(t.takeSeq(), T0);
    t.posted(t.takeSeq(), T0.plusMinutes(5));
    t.posted(t.takeSeq(), T0.plusMinutes(9));
    assertEquals(3, t.lastSeq());
    assertEquals(T0.plusMinutes(9), t.lastPostAt());
    // the last reply hidden: the thread is as it was before it
    t.recount(2, 2, T0.plusMinutes(5));
    assertEquals(2, t.lastSeq());
    assertEquals(1, t.postCount() - 1);
    assertEquals(T0.plusMinutes(5), t.lastPostAt());
  }

  @Test
  void titlesArePlainTextWithinTheirLimit() {
    assertEquals("<script>alert(1)</script>", new ForumThread(1, " <script>alert(1)</script> ", 7, T0).title(),
        "kept as written, to be escaped where shown");
    assertEquals("field.required", assertThrows(LmsException.class, () -> new ForumThread(1, " \u0007 ", 7, T0))
        .fields().get(0).key());
    var tooLong = assertThrows(LmsException.class, () -> new ForumThread(1, "长".repeat(121), 7, T0));
    assertEquals("title", tooLong.fields().get(0).field());
    assertEquals("field.tooLong", tooLong.fields().get(0).key());
    assertEquals("a\tb", new ForumThread(1, "a\u0000\tb", 7, T0).title(), "control characters go, tabs stay");
  }

  @Test
  void anEditKeepsWhatItReplaces() {
    ForumPost p = stored(new ForumPost(1, 1, 7, "<p>初稿</p>", null, List.of(), T0), 42);
    PostRevision first = p.edit("<p>二稿</p>", "学习体会", 7, T0.plusHours(1));
    PostRevision second = p.edit("<p>三稿</p>", null, 9, T0.plusHours(2));
    assertEquals("<p>三稿</p>", p.body());
    assertEquals(2, p.revisions());
    assertEquals(42, first.postId());
    assertEquals(1, first.number());
    assertEquals("<p>初稿</p>", first.body());
    assertEquals("学习体会", first.title());
    assertEquals(T0, first.writtenAt());
    assertEquals(T0.plusHours(1), first.replacedAt());
    assertEquals("<p>二稿</p>", second.body());
    assertEquals(T0.plusHours(1), second.writtenAt(), "the second version was written by the first edit");
    assertEquals(9, second.replacedBy());
    assertNull(second.title());
    assertThrows(LmsException.class, () -> p.edit(" ", null, 7, T0.plusHours(3)));
  }

  /** As JPA leaves it after storing: with its id. */
  static ForumPost stored(ForumPost p, long id) {
    try {
      var field = ForumPost.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(p, id);
      return p;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPostCarriesAtMostFiveFiles() {
    var six = List.of("a", "b", "c", "d", "e", "f");
    var refused = assertThrows(LmsException.class, () -> new ForumPost(1, 1, 7, "<p>x</p>", null, six, T0));
    assertEquals("attachmentIds", refused.fields().get(0).field());
  }

  @Test
  void aReportIsResolvedOnce() {
    Report r = new Report(3, 7, "广告", T0);
    r.resolve(ReportStatus.HIDDEN, "已处理", 9, T0.plusHours(1));
    assertEquals(ReportStatus.HIDDEN, r.status());
    assertEquals(409, assertThrows(LmsException.class, () -> r.resolve(ReportStatus.DISMISSED, null, 9, T0)).status());
    assertEquals("reason", assertThrows(LmsException.class, () -> new Report(3, 7, "", T0)).fields().get(0).field());
    Report open = new Report(3, 8, "灌水", T0);
    assertThrows(LmsException.class, () -> open.resolve(ReportStatus.OPEN, null, 9, T0));
  }

  @Test
  void aModerationRecordNeedsItsReasonAndAMoveAnotherBoard() {
    assertEquals("reason", assertThrows(LmsException.class,
        () -> new ModerationRecord(1, 2, null, ModerationAction.LOCK, null, " ", 9, T0)).fields().get(0).field());
    ForumThread t = thread();
    assertEquals("field.sameBoard", assertThrows(LmsException.class, () -> t.moveTo(1)).fields().get(0).key());
    t.moveTo(2);
    assertEquals(2, t.boardId());
  }

  @Test
  void aBoardKnowsItsAudienceAndGroup() {
    Board b = new Board(BoardKind.SPECIAL_CLASS, "专题班讨论", null, "/340600/340621/", "class:5", null, 5L, "340621", 1, T0);
    assertEquals(java.util.Set.of("class:5"), b.groups());
    assertEquals("", b.description());
    assertEquals("path", assertThrows(LmsException.class, () -> new Board(BoardKind.UNIT, "x", null, "340600", null,
        null, null, null, 1, T0)).fields().get(0).field());
    assertThrows(IllegalArgumentException.class,
        () -> new Board(BoardKind.COURSE, "课程", null, "/340600/", null, null, null, null, 1, T0));
    assertEquals("moderators", assertThrows(LmsException.class,
        () -> b.nameModerators(java.util.stream.LongStream.range(0, 21).boxed().toList())).fields().get(0).field());
  }
}
