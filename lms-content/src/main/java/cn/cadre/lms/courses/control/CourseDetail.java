package cn.cadre.lms.courses.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A course's page: the card, its sanitised summary, its lessons with my progress, my enrolment. */
public record CourseDetail(
    CourseCard course, String summary, boolean attentionChecks, long version, List<LessonRow> lessons,
    MyEnrolment enrolment) {

  /** A lesson in the list, with my verified seconds and whether I completed it. */
  public record LessonRow(
      long id, int position, String title, String kind, int lengthSeconds, int countedSeconds,
      boolean completed) {}

  /** My enrolment this year, or null in {@link CourseDetail#enrolment} when I have none. */
  public record MyEnrolment(long id, int year, boolean required, LocalDate dueOn, LocalDateTime completedAt) {}
}
