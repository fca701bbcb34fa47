package cn.cadre.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo catalog on the real schema (H2): what the lead's browser test and the demo rely on. */
class DemoCoursesTest {

  private static Connection c;
  private static final Map<String, byte[]> STORED = new HashMap<>();

  @BeforeAll
  static void load() throws SQLException {
    String url = "jdbc:h2:mem:democourses;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    c = DriverManager.getConnection(url, "sa", "");
    HuaibeiDemo.load(c, new DemoSpec(DemoSpec.huaibei().seed(), 1200), "x");
    assertEquals(9, DemoCourses.load(c, STORED::put));
  }

  @AfterAll
  static void close() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
    c.close();
  }

  @Test
  void theShortCourseHasTwoOneMinuteTextLessonsWorthOneCredit() throws SQLException {
    assertEquals(1, count("SELECT COUNT(*) FROM course WHERE title = '" + DemoCourses.SHORT_COURSE
        + "' AND credits = 1.0 AND status = 'PUBLISHED'"));
    assertEquals(2, count("SELECT COUNT(*) FROM lesson l JOIN course c ON c.id = l.course_id WHERE c.title = '"
        + DemoCourses.SHORT_COURSE + "' AND l.kind = 'TEXT' AND l.length_seconds = 60"));
  }

  @Test
  void theCatalogHasEveryLessonKindWithinTheLengthsAsked() throws SQLException {
    assertEquals(1, count("SELECT COUNT(*) FROM lesson WHERE kind = 'QUIZ' AND pass_percent = 60 AND max_attempts = 3"));
    assertEquals(3, count("SELECT COUNT(*) FROM quiz_question"));
    assertEquals(1, count("SELECT COUNT(*) FROM lesson WHERE kind = 'VIDEO' AND media_url LIKE 'https://%'"));
    assertEquals(1, count("SELECT COUNT(*) FROM lesson l JOIN media_file m ON m.id = l.media_id"
        + " WHERE l.kind = 'DOCUMENT' AND m.content_type = 'application/pdf'"));
    assertTrue(STORED.values().iterator().next().length > 100, "the PDF's bytes went to the media store");
    assertEquals(0, count("SELECT COUNT(*) FROM lesson WHERE kind = 'TEXT' AND (length_seconds > 900"
        + " OR (length_seconds < 120 AND course_id <> (SELECT id FROM course WHERE title = '" + DemoCourses.SHORT_COURSE + "')))"));
    assertEquals(1, count("SELECT COUNT(*) FROM course WHERE owner_path = '/340600/340621/'"));
  }

  @Test
  void fourCoursesAreRequiredCityWideAndTheDemoCadreIsEnrolledInOne() throws SQLException {
    assertEquals(4, count("SELECT COUNT(*) FROM course_assignment WHERE audience = 'PATH' AND path = '/340600/'"));
    assertEquals(1, count("SELECT COUNT(*) FROM enrolment e JOIN person p ON p.cadre_id = e.cadre_id"
        + " WHERE p.username = 'cadre' AND e.required = TRUE AND e.due_on IS NOT NULL"));
    assertEquals(9, count("SELECT next_value FROM id_sequence WHERE name = 'course'"), "JPA's ids start after the demo's");
  }

  private static long count(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
