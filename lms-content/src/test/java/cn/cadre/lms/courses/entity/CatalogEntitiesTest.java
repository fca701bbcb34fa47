package cn.cadre.lms.courses.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.Rank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogEntitiesTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 8, 0);

  static String field(Runnable r) {
    LmsException e = assertThrows(LmsException.class, r::run);
    return e.fields().isEmpty() ? e.key() : e.fields().get(0).field() + ":" + e.fields().get(0).key();
  }

  static Course course() {
    Course c = new Course("/340600/", 1, NOW);
    c.describe("党章党规党纪", "张老师", "党性教育", "<p>x</p>", new BigDecimal("2"), false);
    return c;
  }

  @Test
  void creditsLieBetweenHalfAndTwentyWithOneDecimal() {
    Course c = course();
    assertEquals(new BigDecimal("2.0"), c.credits());
    assertEquals("credits:field.between", field(() -> c.describe("t", "t", "c", "", new BigDecimal("0.4"), false)));
    assertEquals("credits:field.between", field(() -> c.describe("t", "t", "c", "", new BigDecimal("20.5"), false)));
    assertEquals("credits:field.oneDecimal", field(() -> c.describe("t", "t", "c", "", new BigDecimal("1.25"), false)));
    assertEquals("credits:field.required", field(() -> c.describe("t", "t", "c", "", null, false)));
    c.describe("t", "t", "c", "", new BigDecimal("20"), false);
    c.describe("t", "t", "c", "", new BigDecimal("0.5"), false);
  }

  @Test
  void textsAreRequiredAndBounded() {
    Course c = course();
    assertEquals("title:field.required", field(() -> c.describe(" ", "t", "c", "", BigDecimal.ONE, false)));
    assertEquals("title:field.tooLong", field(() -> c.describe("长".repeat(121), "t", "c", "", BigDecimal.ONE, false)));
    assertEquals("summary:field.tooLong", field(() -> c.describe("t", "t", "c", "x".repeat(2001), BigDecimal.ONE, false)));
    assertEquals("ownerPath:field.invalid", field(() -> new Course("340600", 1, NOW)));
  }

  @Test
  void publishedCoursesKeepTheirCreditsAndLessons() {
    Course c = course();
    c.publish(NOW);
    assertEquals(CourseStatus.PUBLISHED, c.status());
    assertEquals("course.alreadyPublished", field(() -> c.publish(NOW)));
    assertEquals("course.notDraft", field(c::requireDraft));
    assertEquals("credits:field.creditsFixed", field(() -> c.describe("t", "t", "c", "", BigDecimal.TEN, false)));
    c.describe("新标题", "t", "c", "", new BigDecimal("2.0"), true);
    c.withdraw();
    assertEquals("course.notPublished", field(c::withdraw));
  }

  @Test
  void eachLessonKindNeedsItsOwnContent() {
    Lesson l = new Lesson(1, 1);
    assertEquals("lengthSeconds:field.between", field(() -> l.define("t", LessonKind.TEXT, 0, null, null, "<p>x</p>", null, null)));
    assertEquals("body:field.required", field(() -> l.define("t", LessonKind.TEXT, 60, null, null, " ", null, null)));
    assertEquals("mediaId:field.required", field(() -> l.define("t", LessonKind.DOCUMENT, 60, null, null, null, null, null)));
    assertEquals("mediaId:field.mediaOrUrl", field(() -> l.define("t", LessonKind.VIDEO, 60, null, null, null, null, null)));
    assertEquals("mediaId:field.mediaOrUrl", field(() -> l.define("t", LessonKind.VIDEO, 60, "m", "https://x.cn/v.mp4", null, null, null)));
    assertEquals("mediaUrl:field.invalidUrl", field(() -> l.define("t", LessonKind.VIDEO, 60, null, "javascript:alert(1)", null, null, null)));
    assertEquals("kind:field.required", field(() -> l.define("t", null, 60, null, null, null, null, null)));
    l.define("视频", LessonKind.VIDEO, 600, null, "https://media.example.cn/v.mp4", "<p>ignored</p>", 50, 3);
    assertNull(l.body(), "a video keeps no body");
    assertNull(l.passPercent());
  }

  @Test
  void aQuizHasNoLengthAPassMarkAndAnAttemptLimit() {
    Lesson l = new Lesson(1, 1);
    assertEquals("passPercent:field.between", field(() -> l.define("t", LessonKind.QUIZ, null, null, null, null, 0, 3)));
    assertEquals("passPercent:field.between", field(() -> l.define("t", LessonKind.QUIZ, null, null, null, null, 101, 3)));
    assertEquals("maxAttempts:field.between", field(() -> l.define("t", LessonKind.QUIZ, null, null, null, null, 60, 0)));
    assertEquals("maxAttempts:field.between", field(() -> l.define("t", LessonKind.QUIZ, null, null, null, null, 60, 11)));
    l.define("测验", LessonKind.QUIZ, 300, null, null, null, 60, 3);
    assertEquals(0, l.lengthSeconds());
  }

  @Test
  void questionsHaveValidOptionsAndAnswers() {
    List<String> two = List.of("对", "错");
    assertEquals("q.options:field.between", field(() -> new QuizQuestion(1, 1, QuestionKind.SINGLE, "p", List.of("a"), List.of(0), "q")));
    assertEquals("q.options:field.trueFalseOptions", field(() -> new QuizQuestion(1, 1, QuestionKind.TRUE_FALSE, "p", List.of("a", "b", "c"), List.of(0), "q")));
    assertEquals("q.answer:field.invalid", field(() -> new QuizQuestion(1, 1, QuestionKind.SINGLE, "p", two, List.of(2), "q")));
    assertEquals("q.answer:field.invalid", field(() -> new QuizQuestion(1, 1, QuestionKind.MULTIPLE, "p", two, List.of(), "q")));
    assertEquals("q.answer:field.oneAnswer", field(() -> new QuizQuestion(1, 1, QuestionKind.SINGLE, "p", two, List.of(0, 1), "q")));
    assertEquals("q.prompt:field.required", field(() -> new QuizQuestion(1, 1, QuestionKind.SINGLE, "", two, List.of(0), "q")));
    QuizQuestion q = new QuizQuestion(1, 1, QuestionKind.MULTIPLE, "p", List.of("a\nb", "c", "d"), List.of(2, 0), "q");
    assertEquals(List.of(0, 2), q.answer());
    assertEquals(List.of("a b", "c", "d"), q.options(), "an option cannot break the one-per-line storage");
  }

  @Test
  void assignmentsNameTheirAudienceAndADueDateInTheYear() {
    LocalDate due = LocalDate.of(2026, 6, 30);
    assertEquals("rank:field.required", field(() -> new CourseAssignment(1, 2026, Audience.RANK, null, "/340600/", null, due, 1, NOW)));
    assertEquals("classId:field.required", field(() -> new CourseAssignment(1, 2026, Audience.SPECIAL_CLASS, null, "/340600/", null, due, 1, NOW)));
    assertEquals("dueOn:field.dueInYear", field(() -> new CourseAssignment(1, 2026, Audience.PATH, null, "/340600/", null, due.plusYears(1), 1, NOW)));
    assertEquals("path:field.invalid", field(() -> new CourseAssignment(1, 2026, Audience.PATH, null, "/x", null, due, 1, NOW)));
    CourseAssignment a = new CourseAssignment(1, 2026, Audience.PATH, Rank.COUNTY, "/340600/", 9L, due, 1, NOW);
    assertNull(a.rank(), "a path audience ignores a rank sent with it");
    assertNull(a.classId());
  }

  @Test
  void aSpecialClassHasMembersAndAnOrderedPeriod() {
    LocalDate d = LocalDate.of(2026, 5, 1);
    assertEquals("endsOn:field.beforeStart", field(() -> new SpecialClass("班", "/340600/", d, d.minusDays(1), List.of(1L))));
    assertEquals("members:field.required", field(() -> new SpecialClass("班", "/340600/", d, d, List.of())));
    assertEquals(2, new SpecialClass("班", "/340600/", d, d, List.of(1L, 2L, 2L)).members().size());
  }

  @Test
  void completionHappensOnce() {
    Enrolment e = new Enrolment(1, 2, 2026, false, LocalDate.of(2026, 6, 1), NOW);
    assertNull(e.dueOn(), "an elective has no deadline");
    assertTrue(e.complete(NOW));
    assertTrue(!e.complete(NOW.plusDays(1)));
    assertEquals(NOW, e.completedAt());
    LessonProgress p = new LessonProgress(1, 2, 3);
    assertTrue(p.complete(NOW));
    assertTrue(!p.complete(NOW.plusHours(1)));
    assertEquals(NOW, p.completedAt());
  }
}
