package cn.cadre.lms.courses.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A cadre's year at a glance: required courses due, courses in progress, courses completed. */
public record MyCourses(int year, List<Due> due, List<InProgress> inProgress, List<Completed> completed) {

  /** A required course not yet completed, with its earliest deadline and whether I enrolled. */
  public record Due(long courseId, String title, BigDecimal credits, LocalDate dueOn, boolean enrolled) {}

  /** An enrolment not yet completed, with lessons done and the verified minutes so far. */
  public record InProgress(
      long courseId, String title, BigDecimal credits, boolean required, LocalDate dueOn, int lessonsCompleted,
      int lessonsTotal, int verifiedMinutes) {}

  public record Completed(long courseId, String title, BigDecimal credits, boolean required,
      LocalDateTime completedAt) {}
}
