package cn.cadre.lms.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A cadre's progress in one lesson. Study tracking writes the counted seconds and position with
 * plain JDBC; the catalog reads them and sets the completion, so neither keeps this row cached.
 */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
public class LessonProgress {

  /** The composite key: cadre and lesson (a class, not a record: JPA sets its fields). */
  public static class Key implements Serializable {
    private long cadreId;
    private long lessonId;

    public Key() {}

    public Key(long cadreId, long lessonId) {
      this.cadreId = cadreId;
      this.lessonId = lessonId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.cadreId == cadreId && k.lessonId == lessonId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(cadreId) * 31 + Long.hashCode(lessonId);
    }
  }

  @Id
  @Column(name = "cadre_id")
  private long cadreId;

  @Id
  @Column(name = "lesson_id")
  private long lessonId;

  @Column(name = "course_id")
  private long courseId;

  @Column(name = "counted_seconds")
  private int countedSeconds;

  @Column(name = "max_position")
  private int maxPosition;

  @Column(name = "completed_at")
  private LocalDateTime completedAt;

  protected LessonProgress() {}

  public LessonProgress(long cadreId, long lessonId, long courseId) {
    this.cadreId = cadreId;
    this.lessonId = lessonId;
    this.courseId = courseId;
  }

  /** True the first time only: a lesson completes once, at its first completion. */
  public boolean complete(LocalDateTime at) {
    if (completedAt != null) {
      return false;
    }
    completedAt = at;
    return true;
  }

  public long cadreId() {
    return cadreId;
  }

  public long lessonId() {
    return lessonId;
  }

  public long courseId() {
    return courseId;
  }

  public int countedSeconds() {
    return countedSeconds;
  }

  public int maxPosition() {
    return maxPosition;
  }

  public LocalDateTime completedAt() {
    return completedAt;
  }
}
