package cn.cadre.lms.forums.entity;

import cn.cadre.lms.common.LmsException;
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
import java.time.LocalDateTime;

/** A reader's report of a post, and what a moderator decided about it. */
@Entity
@Table(name = "forum_report")
public class Report {

  public static final int MAX_TEXT = 200;

  @Id
  @TableGenerator(name = "forum_report_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_report", allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_report_ids")
  private Long id;

  @Column(name = "post_id")
  private long postId;

  @Column(name = "reporter_id")
  private long reporterId;

  private String reason;

  @Column(name = "reported_at")
  private LocalDateTime reportedAt;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  @Column(name = "resolved_by")
  private Long resolvedBy;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  private String note;

  @Version private long version;

  protected Report() {}

  public Report(long postId, long reporterId, String reason, LocalDateTime reportedAt) {
    this.postId = postId;
    this.reporterId = reporterId;
    this.reason = Fields.text(reason, MAX_TEXT, "reason");
    this.reportedAt = reportedAt;
    this.status = ReportStatus.OPEN;
  }

  /** Closes an open report with the moderator's decision; a closed one answers 409. */
  public void resolve(ReportStatus outcome, String note, long moderatorId, LocalDateTime at) {
    if (status != ReportStatus.OPEN) {
      throw LmsException.conflict("forum.reportClosed");
    }
    if (outcome == null || outcome == ReportStatus.OPEN) {
      throw LmsException.invalid("outcome", "field.required");
    }
    this.status = outcome;
    this.note = Fields.optionalText(note, MAX_TEXT, "note");
    this.resolvedBy = moderatorId;
    this.resolvedAt = at;
  }

  public Long id() {
    return id;
  }

  public long postId() {
    return postId;
  }

  public long reporterId() {
    return reporterId;
  }

  public String reason() {
    return reason;
  }

  public LocalDateTime reportedAt() {
    return reportedAt;
  }

  public ReportStatus status() {
    return status;
  }

  public Long resolvedBy() {
    return resolvedBy;
  }

  public LocalDateTime resolvedAt() {
    return resolvedAt;
  }

  public String note() {
    return note;
  }
}
