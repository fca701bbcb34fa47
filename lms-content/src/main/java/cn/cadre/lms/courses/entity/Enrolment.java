package cn.cadre.lms.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A cadre's enrolment in a course for an assessment year. Whether it is required is decided when
 * the cadre enrols and never changes, so the kind of every credit earned under it stays explainable.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  @Id
  @TableGenerator(name = "enrolment_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "enrolment", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "enrolment_ids")
  private Long id;

  @Column(name = "cadre_id")
  private long cadreId;

  @Column(name = "course_id")
  private long courseId;

  @Column(name = "assessment_year")
  private int year;

  private boolean required;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "enrolled_at")
  private LocalDateTime enrolledAt;

  @Column(name = "completed_at")
  private LocalDateTime completedAt;

  @Version private long version;

  protected Enrolment() {}

  public Enrolment(long cadreId, long courseId, int year, boolean required, LocalDate dueOn,
      LocalDateTime enrolledAt) {
    this.cadreId = cadreId;
    this.courseId = courseId;
    this.year = year;
    this.required = required;
    this.dueOn = required ? dueOn : null;
    this.enrolledAt = enrolledAt;
  }

  /** True the first time only, so completion is announced once. */
  public boolean complete(LocalDateTime at) {
    if (completedAt != null) {
      return false;
    }
    completedAt = at;
    return true;
  }

  public Long id() {
    return id;
  }

  public long cadreId() {
    return cadreId;
  }

  public long courseId() {
    return courseId;
  }

  public int year() {
    return year;
  }

  public boolean required() {
    return required;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDateTime enrolledAt() {
    return enrolledAt;
  }

  public LocalDateTime completedAt() {
    return completedAt;
  }
}
