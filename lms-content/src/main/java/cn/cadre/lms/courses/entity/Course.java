package cn.cadre.lms.courses.entity;

import static cn.cadre.lms.courses.entity.Checks.between;
import static cn.cadre.lms.courses.entity.Checks.text;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.OrgPath;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A course in the catalog. Its owner path decides who edits it (authors whose scope covers it) and
 * who may study it once published (cadres under it). The credit value is fixed once published,
 * because enrolments and ledger entries already name it.
 */
@Entity
@Table(name = "course")
public class Course {

  public static final int MAX_TITLE = 120;
  public static final int MAX_TEACHER = 60;
  public static final int MAX_CATEGORY = 40;
  public static final int MAX_SUMMARY = 2000;
  public static final BigDecimal MIN_CREDITS = new BigDecimal("0.5");
  public static final BigDecimal MAX_CREDITS = new BigDecimal("20");

  @Id
  @TableGenerator(name = "course_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "course", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "course_ids")
  private Long id;

  private String title;
  private String teacher;
  private String category;
  private String summary;

  @Column(name = "cover_id")
  private String coverId;

  private BigDecimal credits;

  @Column(name = "owner_path")
  private String ownerPath;

  @Enumerated(EnumType.STRING)
  private CourseStatus status;

  @Column(name = "attention_checks")
  private boolean attentionChecks;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Version private long version;

  protected Course() {}

  public Course(String ownerPath, long createdBy, LocalDateTime createdAt) {
    if (!OrgPath.isValid(ownerPath)) {
      throw LmsException.invalid("ownerPath", "field.invalid");
    }
    this.ownerPath = ownerPath;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = CourseStatus.DRAFT;
  }

  /** Sets the describing fields; {@code summary} is already sanitised HTML. */
  public void describe(String title, String teacher, String category, String summary, BigDecimal credits,
      boolean attentionChecks) {
    this.title = text(title, MAX_TITLE, "title");
    this.teacher = text(teacher, MAX_TEACHER, "teacher");
    this.category = text(category, MAX_CATEGORY, "category");
    this.summary = summary == null ? "" : summary.strip();
    if (this.summary.length() > MAX_SUMMARY) {
      throw LmsException.invalid("summary", "field.tooLong", MAX_SUMMARY);
    }
    BigDecimal value = between(credits, MIN_CREDITS, MAX_CREDITS, "credits");
    if (value.stripTrailingZeros().scale() > 1) {
      throw LmsException.invalid("credits", "field.oneDecimal");
    }
    if (status != CourseStatus.DRAFT && this.credits != null && this.credits.compareTo(value) != 0) {
      throw LmsException.invalid("credits", "field.creditsFixed");
    }
    this.credits = value.setScale(1);
    this.attentionChecks = attentionChecks;
  }

  public void cover(String mediaId) {
    this.coverId = mediaId;
  }

  /** The caller has checked the lessons (see Lessons#publishable). */
  public void publish(LocalDateTime at) {
    if (status == CourseStatus.PUBLISHED) {
      throw LmsException.conflict("course.alreadyPublished");
    }
    status = CourseStatus.PUBLISHED;
    publishedAt = at;
  }

  public void withdraw() {
    if (status != CourseStatus.PUBLISHED) {
      throw LmsException.conflict("course.notPublished");
    }
    status = CourseStatus.WITHDRAWN;
  }

  /** Lessons are added, changed, moved and removed only before publishing. */
  public void requireDraft() {
    if (status != CourseStatus.DRAFT) {
      throw LmsException.conflict("course.notDraft");
    }
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String teacher() {
    return teacher;
  }

  public String category() {
    return category;
  }

  public String summary() {
    return summary;
  }

  public String coverId() {
    return coverId;
  }

  public BigDecimal credits() {
    return credits;
  }

  public String ownerPath() {
    return ownerPath;
  }

  public CourseStatus status() {
    return status;
  }

  public boolean attentionChecks() {
    return attentionChecks;
  }

  public long createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }

  public long version() {
    return version;
  }
}
