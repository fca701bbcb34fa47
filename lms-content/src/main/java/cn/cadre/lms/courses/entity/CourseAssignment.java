package cn.cadre.lms.courses.entity;

import static cn.cadre.lms.courses.entity.Checks.required;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Rank;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A course made required for a year's audience. A RANK audience names the rank and the path it
 * reaches under; a PATH audience only the path; a SPECIAL_CLASS audience the class (its path is the
 * class's owner path, kept so scope checks need no join).
 */
@Entity
@Table(name = "course_assignment")
public class CourseAssignment {

  @Id
  @TableGenerator(name = "course_assignment_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "course_assignment", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "course_assignment_ids")
  private Long id;

  @Column(name = "course_id")
  private long courseId;

  @Column(name = "assessment_year")
  private int year;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  @Enumerated(EnumType.STRING)
  @Column(name = "cadre_rank")
  private Rank rank;

  private String path;

  @Column(name = "class_id")
  private Long classId;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "assigned_by")
  private long assignedBy;

  @Column(name = "assigned_at")
  private LocalDateTime assignedAt;

  protected CourseAssignment() {}

  public CourseAssignment(long courseId, int year, Audience audience, Rank rank, String path, Long classId,
      LocalDate dueOn, long assignedBy, LocalDateTime assignedAt) {
    this.courseId = courseId;
    if (year < 2000 || year > 2100) {
      throw LmsException.invalid("year", "field.invalid");
    }
    this.year = year;
    this.audience = required(audience, "audience");
    this.rank = audience == Audience.RANK ? required(rank, "rank") : null;
    this.classId = audience == Audience.SPECIAL_CLASS ? required(classId, "classId") : null;
    if (!OrgPath.isValid(path)) {
      throw LmsException.invalid("path", "field.invalid");
    }
    this.path = path;
    this.dueOn = required(dueOn, "dueOn");
    if (dueOn.getYear() != year) {
      throw LmsException.invalid("dueOn", "field.dueInYear", year);
    }
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  public Long id() {
    return id;
  }

  public long courseId() {
    return courseId;
  }

  public int year() {
    return year;
  }

  public Audience audience() {
    return audience;
  }

  public Rank rank() {
    return rank;
  }

  public String path() {
    return path;
  }

  public Long classId() {
    return classId;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public long assignedBy() {
    return assignedBy;
  }

  public LocalDateTime assignedAt() {
    return assignedAt;
  }
}
