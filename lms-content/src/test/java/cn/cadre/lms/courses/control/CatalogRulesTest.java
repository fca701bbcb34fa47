package cn.cadre.lms.courses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.entity.Audience;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.CourseAssignment;
import cn.cadre.lms.courses.entity.QuestionKind;
import cn.cadre.lms.courses.entity.QuizQuestion;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.directory.entity.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogRulesTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 8, 0);
  static final String SUIXI = "/340600/340621/";
  static final String UNIT = "/340600/340621/u7/";

  static CourseAssignment assignment(Audience audience, Rank rank, String path, Long classId) {
    return new CourseAssignment(1, 2026, audience, rank, path, classId, LocalDate.of(2026, 6, 30), 1, NOW);
  }

  @Test
  void aRankAssignmentReachesThatRankUnderItsPathOnly() {
    var a = assignment(Audience.RANK, Rank.COUNTY, SUIXI, null);
    assertTrue(AudienceRule.reaches(a, Rank.COUNTY, UNIT, Set.of()));
    assertFalse(AudienceRule.reaches(a, Rank.SECTION, UNIT, Set.of()));
    assertFalse(AudienceRule.reaches(a, Rank.COUNTY, "/340600/340603/u9/", Set.of()));
  }

  @Test
  void aPathAssignmentReachesEveryoneUnderItAndNoPrefixLookalike() {
    var a = assignment(Audience.PATH, null, "/340600/3406/", null);
    assertFalse(AudienceRule.reaches(a, Rank.SECTION, "/340600/340621/", Set.of()), "3406 is not 340621");
    var b = assignment(Audience.PATH, null, UNIT, null);
    assertTrue(AudienceRule.reaches(b, Rank.BELOW_SECTION, UNIT, Set.of()));
    assertFalse(AudienceRule.reaches(b, Rank.BELOW_SECTION, "/340600/340621/u70/", Set.of()));
  }

  @Test
  void aClassAssignmentReachesItsMembersWherever() {
    var a = assignment(Audience.SPECIAL_CLASS, null, SUIXI, 5L);
    assertTrue(AudienceRule.reaches(a, Rank.SECTION, "/340600/340603/u1/", Set.of(4L, 5L)));
    assertFalse(AudienceRule.reaches(a, Rank.SECTION, UNIT, Set.of(4L)));
  }

  static QuizQuestion q(QuestionKind kind, List<Integer> answer) {
    return new QuizQuestion(1, 1, kind, "p", List.of("a", "b", "c"), answer, "q");
  }

  @Test
  void aQuizScoresWholeQuestionsRoundedDown() {
    var qs = List.of(q(QuestionKind.SINGLE, List.of(1)), q(QuestionKind.MULTIPLE, List.of(0, 2)),
        q(QuestionKind.SINGLE, List.of(0)));
    var all = QuizScoring.score(qs, List.of(List.of(1), List.of(2, 0), List.of(0)), 60);
    assertEquals(100, all.percent());
    var partial = QuizScoring.score(qs, List.of(List.of(1), List.of(0), List.of(0)), 60);
    assertEquals(66, partial.percent(), "2 of 3, rounded down");
    assertTrue(partial.passed());
    assertEquals(List.of(true, false, true), partial.right(), "a multiple choice missing one option is wrong");
    assertFalse(QuizScoring.score(qs, List.of(List.of(1), List.of(0), List.of(0)), 67).passed(), "66.67% is not 67%");
  }

  @Test
  void malformedAnswersAreRefusedNotScored() {
    var qs = List.of(q(QuestionKind.SINGLE, List.of(1)), q(QuestionKind.MULTIPLE, List.of(0, 2)));
    assertEquals("answers", problem(() -> QuizScoring.score(qs, List.of(List.of(1)), 60)));
    assertEquals("answers", problem(() -> QuizScoring.score(qs, null, 60)));
    assertEquals("answers[0]:field.oneAnswer", problem(() -> QuizScoring.score(qs, List.of(List.of(0, 1), List.of(0)), 60)));
    assertEquals("answers[1]:field.invalid", problem(() -> QuizScoring.score(qs, List.of(List.of(0), List.of(3)), 60)));
    assertEquals("answers[1]:field.invalid", problem(() -> QuizScoring.score(qs, List.of(List.of(0), List.of(0, 0)), 60)));
    assertEquals("answers[0]:field.required", problem(() -> QuizScoring.score(qs, List.of(List.of(), List.of(0)), 60)));
  }

  static String problem(Runnable r) {
    LmsException e = assertThrows(LmsException.class, r::run);
    var f = e.fields().get(0);
    return f.key().equals("field.answerCount") ? f.field() : f.field() + ":" + f.key();
  }

  @Test
  void mediaTypesAreToldByTheirBytes() {
    assertEquals(Optional.of("application/pdf"), MediaKinds.sniff("%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(Optional.of("image/png"), MediaKinds.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
    assertEquals(Optional.of("image/jpeg"), MediaKinds.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
    assertEquals(Optional.of("video/webm"), MediaKinds.sniff(new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1}));
    assertEquals(Optional.of("video/mp4"), MediaKinds.sniff(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}));
    assertEquals(Optional.empty(), MediaKinds.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.empty(), MediaKinds.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(Optional.empty(), MediaKinds.sniff(new byte[] {'%', 'P'}));
    assertTrue(MediaKinds.agrees(null, "application/pdf"));
    assertTrue(MediaKinds.agrees("application/octet-stream", "video/mp4"));
    assertTrue(MediaKinds.agrees("application/pdf; charset=x", "application/pdf"));
    assertFalse(MediaKinds.agrees("video/mp4", "application/pdf"), "a PDF declared as a video is refused");
  }

  @Test
  void rangesFollowRfc9110() {
    assertEquals(Optional.of(new ByteRange(0, 99, 1000)), ByteRange.parse("bytes=0-99", 1000));
    assertEquals(Optional.of(new ByteRange(900, 999, 1000)), ByteRange.parse("bytes=900-", 1000));
    assertEquals(Optional.of(new ByteRange(900, 999, 1000)), ByteRange.parse("bytes=-100", 1000));
    assertEquals(Optional.of(new ByteRange(0, 999, 1000)), ByteRange.parse("bytes=-5000", 1000));
    assertEquals(Optional.of(new ByteRange(990, 999, 1000)), ByteRange.parse("bytes=990-5000", 1000), "the end is clamped");
    assertEquals("bytes 0-99/1000", ByteRange.parse("bytes=0-99", 1000).orElseThrow().contentRange());
    assertEquals(100, ByteRange.parse("bytes=0-99", 1000).orElseThrow().length());
    assertEquals(Optional.empty(), ByteRange.parse(null, 1000));
    assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-9", 1000), "several ranges: the whole file");
    assertEquals(Optional.empty(), ByteRange.parse("items=0-9", 1000));
    assertEquals(Optional.empty(), ByteRange.parse("bytes=9-0", 1000));
    assertEquals(Optional.empty(), ByteRange.parse("bytes=-", 1000));
    assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=1000-", 1000));
    assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", 1000));
    assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=0-", 0));
  }

  @Test
  void richTextLosesScriptsAndKeepsFormatting() {
    String clean = RichText.sanitize("<p onclick=\"x()\">学习<b>党章</b><script>alert(1)</script>"
        + "<a href=\"javascript:alert(2)\">链接</a><img src=x onerror=alert(3)></p>");
    assertFalse(clean.contains("script"), clean);
    assertFalse(clean.contains("onclick"), clean);
    assertFalse(clean.contains("javascript"), clean);
    assertFalse(clean.contains("onerror"), clean);
    assertTrue(clean.contains("<b>党章</b>"), clean);
  }

  @Test
  void authorsEditUnderTheirGrantAndLearnersSeePublishedCoursesAboveThem() {
    Course city = new Course("/340600/", 1, NOW);
    city.describe("t", "t", "c", "", BigDecimal.ONE, false);
    Course suixi = new Course(SUIXI, 1, NOW);
    suixi.describe("t", "t", "c", "", BigDecimal.ONE, false);
    Actor teacher = new Actor(1, "teacher", "t", null, List.of(new Grant(Role.INSTRUCTOR, "/340600/")));
    Actor county = new Actor(2, "suixi", "s", null, List.of(new Grant(Role.SUBCENTER_ADMIN, SUIXI)));
    Actor cadre = new Actor(3, "cadre", "c", 9L, List.of(new Grant(Role.CADRE, UNIT)));
    assertTrue(CourseAccess.authors(teacher, suixi));
    assertTrue(CourseAccess.authors(county, suixi));
    assertFalse(CourseAccess.authors(county, city));
    assertFalse(CourseAccess.reads(county, null, city), "a draft is only for its authors");
    assertFalse(CourseAccess.reads(cadre, UNIT, suixi));
    city.publish(NOW);
    suixi.publish(NOW);
    assertTrue(CourseAccess.reads(county, null, city), "a county admin sees the city's published courses");
    assertTrue(CourseAccess.studies(UNIT, city));
    assertTrue(CourseAccess.studies(UNIT, suixi));
    assertFalse(CourseAccess.studies("/340600/340603/u1/", suixi));
    assertFalse(CourseAccess.studies(null, city));
    suixi.withdraw();
    assertFalse(CourseAccess.reads(cadre, UNIT, suixi));
  }
}
