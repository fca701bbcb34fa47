package cn.cadre.lms.forums.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/**
 * An earlier version of a post, written once when an edit replaced it and never changed: what the
 * post said (and its thread's title, for a first post) from {@code writtenAt} until {@code
 * replacedAt}, when {@code replacedBy} edited it.
 */
@Entity
@Table(name = "forum_revision")
public class PostRevision {

  @Id
  @TableGenerator(name = "forum_revision_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_revision", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_revision_ids")
  private Long id;

  @Column(name = "post_id")
  private long postId;

  @Column(name = "revision_no")
  private int number;

  private String title;
  private String body;

  @Column(name = "written_at")
  private LocalDateTime writtenAt;

  @Column(name = "replaced_at")
  private LocalDateTime replacedAt;

  @Column(name = "replaced_by")
  private long replacedBy;

  protected PostRevision() {}

  PostRevision(long postId, int number, String title, String body, LocalDateTime writtenAt,
      LocalDateTime replacedAt, long replacedBy) {
    this.postId = postId;
    this.number = number;
    this.title = title;
    this.body = body;
    this.writtenAt = writtenAt;
    this.replacedAt = replacedAt;
    this.replacedBy = replacedBy;
  }

  public long postId() {
    return postId;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public LocalDateTime writtenAt() {
    return writtenAt;
  }

  public LocalDateTime replacedAt() {
    return replacedAt;
  }

  public long replacedBy() {
    return replacedBy;
  }
}
