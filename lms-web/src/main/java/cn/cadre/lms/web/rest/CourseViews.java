package cn.cadre.lms.web.rest;

import cn.cadre.lms.courses.entity.CourseAssignment;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.courses.entity.MediaFile;
import cn.cadre.lms.courses.entity.QuizQuestion;
import cn.cadre.lms.courses.entity.SpecialClass;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Response shapes of the catalog API that are not already records of the courses package. */
public final class CourseViews {

  private CourseViews() {}

  /** A lesson as its author edits it, with every field of its kind. */
  public record LessonView(long id, long courseId, int position, String title, String kind, int lengthSeconds,
      String mediaId, String mediaUrl, String body, Integer passPercent, Integer maxAttempts) {
    public static LessonView of(Lesson l) {
      return new LessonView(l.id(), l.courseId(), l.position(), l.title(), l.kind().name(), l.lengthSeconds(),
          l.mediaId(), l.mediaUrl(), l.body(), l.passPercent(), l.maxAttempts());
    }
  }

  /** A quiz question with its answer, for the author only. */
  public record QuestionView(long id, int position, String kind, String prompt, List<String> options,
      List<Integer> answer) {
    public static QuestionView of(QuizQuestion q) {
      return new QuestionView(q.id(), q.position(), q.kind().name(), q.prompt(), q.options(), q.answer());
    }
  }

  public record MediaView(String id, String name, String contentType, long sizeBytes, String sha256, String url) {
    public static MediaView of(MediaFile f) {
      return new MediaView(f.id(), f.name(), f.contentType(), f.sizeBytes(), f.sha256(), "/api/media/" + f.id());
    }
  }

  public record EnrolmentView(long id, long courseId, int year, boolean required, LocalDate dueOn,
      LocalDateTime enrolledAt, LocalDateTime completedAt) {
    public static EnrolmentView of(Enrolment e) {
      return new EnrolmentView(e.id(), e.courseId(), e.year(), e.required(), e.dueOn(), e.enrolledAt(),
          e.completedAt());
    }
  }

  public record AssignmentView(long id, long courseId, int year, String audience, String rank, String path,
      Long classId, LocalDate dueOn) {
    public static AssignmentView of(CourseAssignment a) {
      return new AssignmentView(a.id(), a.courseId(), a.year(), a.audience().name(),
          a.rank() == null ? null : a.rank().name(), a.path(), a.classId(), a.dueOn());
    }
  }

  public record ClassView(long id, String name, String ownerPath, LocalDate startsOn, LocalDate endsOn,
      int members) {
    public static ClassView of(SpecialClass s) {
      return new ClassView(s.id(), s.name(), s.ownerPath(), s.startsOn(), s.endsOn(), s.members().size());
    }
  }
}
