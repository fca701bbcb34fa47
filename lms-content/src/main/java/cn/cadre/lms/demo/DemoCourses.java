package cn.cadre.lms.demo;

import cn.cadre.lms.common.ChinaTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.BiConsumer;

/**
 * Writes the demo catalog (see {@link DemoCourseTexts}) with plain JDBC after the organisation and
 * accounts: published courses, this year's city-wide required courses, and the demo cadre enrolled
 * in the first of them. The demo PDF's bytes go through {@code storeMedia}, the media store.
 */
public final class DemoCourses {

  static final String PDF_ID = "00000000-0000-4000-8000-000000000001";
  public static final String SHORT_COURSE = DemoCourseTexts.SHORT_COURSE;

  private DemoCourses() {}

  /** Returns the number of courses written. */
  public static int load(Connection c, BiConsumer<String, byte[]> storeMedia) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      int n = write(c, storeMedia);
      c.commit();
      return n;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static int write(Connection c, BiConsumer<String, byte[]> storeMedia) throws SQLException {
    long teacher = id(c, "SELECT id FROM person WHERE username = 'teacher'");
    long suixi = id(c, "SELECT id FROM person WHERE username = 'suixi'");
    long admin = id(c, "SELECT id FROM person WHERE username = 'admin'");
    long cadre = id(c, "SELECT cadre_id FROM person WHERE username = 'cadre'");
    String suixiPath = text(c, "SELECT scope_path FROM role_grant g JOIN person p ON p.id = g.person_id WHERE p.username = 'suixi'");
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    int year = ChinaTime.today().getYear();
    media(c, storeMedia, admin, now);
    Ids ids = new Ids();
    for (DemoCourseTexts.C k : DemoCourseTexts.courses()) {
      course(c, k, ids, k.owner().equals("suixi") ? suixiPath : "/340600/", k.owner().equals("suixi") ? suixi : teacher, now);
      if (k.dueMonthDay() != null) {
        ids.firstRequired = ids.firstRequired == 0 ? ids.course : ids.firstRequired;
        exec(c, "INSERT INTO course_assignment (id, course_id, assessment_year, audience, cadre_rank, path,"
            + " class_id, due_on, assigned_by, assigned_at) VALUES (?, ?, ?, 'PATH', NULL, '/340600/', NULL, ?, ?, ?)",
            ++ids.assignment, ids.course, year, LocalDate.parse(year + "-" + k.dueMonthDay()), admin, now);
      }
    }
    LocalDate due = LocalDate.parse(year + "-" + DemoCourseTexts.courses().get(0).dueMonthDay());
    exec(c, "INSERT INTO enrolment (id, cadre_id, course_id, assessment_year, required, due_on, enrolled_at,"
        + " completed_at, version) VALUES (1, ?, ?, ?, TRUE, ?, ?, NULL, 1)", cadre, ids.firstRequired, year, due, now);
    sequence(c, "course", ids.course);
    sequence(c, "lesson", ids.lesson);
    sequence(c, "quiz_question", ids.question);
    sequence(c, "course_assignment", ids.assignment);
    sequence(c, "enrolment", 1);
    return (int) ids.course;
  }

  /** The last id written per table, so the table generators can be moved past them. */
  private static final class Ids {
    long course;
    long lesson;
    long question;
    long assignment;
    long firstRequired;
  }

  private static void course(Connection c, DemoCourseTexts.C k, Ids ids, String owner, long author, LocalDateTime now)
      throws SQLException {
    long courseId = ++ids.course;
    exec(c, "INSERT INTO course (id, title, teacher, category, summary, cover_id, credits, owner_path, status,"
        + " attention_checks, created_by, created_at, published_at, version)"
        + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 'PUBLISHED', FALSE, ?, ?, ?, 1)",
        courseId, k.title(), k.teacher(), k.category(), k.summary(), new BigDecimal(k.credits()), owner, author, now, now);
    int position = 0;
    for (DemoCourseTexts.L l : k.lessons()) {
      long lessonId = ++ids.lesson;
      boolean quiz = l.kind().equals("QUIZ");
      exec(c, "INSERT INTO lesson (id, course_id, position, title, kind, length_seconds, media_id, media_url,"
          + " body, pass_percent, max_attempts, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
          lessonId, courseId, ++position, l.title(), l.kind(), l.seconds(),
          l.kind().equals("DOCUMENT") ? PDF_ID : null, l.kind().equals("VIDEO") ? l.body() : null,
          l.kind().equals("TEXT") ? l.body() : null, quiz ? 60 : null, quiz ? 3 : null);
      if (quiz) {
        int qp = 0;
        for (DemoCourseTexts.Q q : DemoCourseTexts.quiz()) {
          exec(c, "INSERT INTO quiz_question (id, lesson_id, position, kind, prompt, options, answer)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)", ++ids.question, lessonId, ++qp, q.kind(), q.prompt(),
              String.join("\n", q.options()), q.answer());
        }
      }
    }
  }

  private static void media(Connection c, BiConsumer<String, byte[]> storeMedia, long admin, LocalDateTime now)
      throws SQLException {
    byte[] pdf;
    try (InputStream in = DemoCourses.class.getResourceAsStream("safety-notice.pdf")) {
      pdf = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    storeMedia.accept(PDF_ID, pdf);
    exec(c, "INSERT INTO media_file (id, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)"
        + " VALUES (?, ?, 'application/pdf', ?, ?, ?, ?)", PDF_ID, "安全生产工作通知.pdf", (long) pdf.length,
        sha256(pdf), admin, now);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a == null) {
          ps.setNull(i + 1, Types.VARCHAR);
        } else if (a instanceof LocalDateTime t) {
          ps.setTimestamp(i + 1, Timestamp.valueOf(t));
        } else if (a instanceof LocalDate d) {
          ps.setDate(i + 1, Date.valueOf(d));
        } else {
          ps.setObject(i + 1, a);
        }
      }
      ps.executeUpdate();
    }
  }

  private static void sequence(Connection c, String name, long maxId) throws SQLException {
    exec(c, "UPDATE id_sequence SET next_value = ? WHERE name = ?", maxId, name);
  }

  private static long id(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
