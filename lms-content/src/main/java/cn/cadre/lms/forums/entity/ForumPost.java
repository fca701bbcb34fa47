package cn.cadre.lms.forums.entity;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One post of a thread. Its body is HTML already cleaned by the post policy; an edit keeps what it
 * replaces as a {@link PostRevision}, so no version is ever lost. A post may quote an earlier post
 * of its thread and carry attachments (uploaded images and PDFs).
 */
@Entity
@Table(name = "forum_post")
public class ForumPost {

  public static final int MAX_ATTACHMENTS = 5;

  @Id
  @TableGenerator(name = "forum_post_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_post", allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_post_ids")
  private Long id;

  @Column(name = "thread_id")
  private long threadId;

  private int seq;

  @Column(name = "author_id")
  private long authorId;

  private String body;

  @Column(name = "quoted_post_id")
  private Long quotedPostId;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "edited_at")
  private LocalDateTime editedAt;

  @Column(name = "edited_by")
  private Long editedBy;

  private int revisions;
  private boolean hidden;

  @ElementCollection
  @CollectionTable(name = "forum_attachment", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "media_id")
  private Set<String> attachments = new TreeSet<>();

  @Version private long version;

  protected ForumPost() {}

  /** @param seq the number the thread gave it ({@link ForumThread#takeSeq}); body: sanitised HTML, not empty */
  public ForumPost(long threadId, int seq, long authorId, String body, Long quotedPostId,
      Collection<String> attachments, LocalDateTime createdAt) {
    this.threadId = threadId;
    this.seq = seq;
    this.authorId = authorId;
    this.body = requireBody(body);
    this.quotedPostId = quotedPostId;
    this.createdAt = createdAt;
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw LmsException.invalid("attachmentIds", "field.tooMany", MAX_ATTACHMENTS);
    }
    this.attachments.addAll(attachments);
  }

  /**
   * Replaces the body (and, through the caller, maybe the thread's title), keeping what it said
   * until now as the next revision.
   *
   * @param oldTitle the thread's title before the edit, for a first post; null otherwise
   */
  public PostRevision edit(String newBody, String oldTitle, long by, LocalDateTime at) {
    PostRevision kept = new PostRevision(id, ++revisions, oldTitle, body,
        editedAt == null ? createdAt : editedAt, at, by);
    this.body = requireBody(newBody);
    this.editedAt = at;
    this.editedBy = by;
    return kept;
  }

  public void hide(boolean on) {
    hidden = on;
  }

  private static String requireBody(String html) {
    if (html == null || html.isBlank()) {
      throw LmsException.invalid("body", "field.required");
    }
    return html;
  }

  public Long id() {
    return id;
  }

  public long threadId() {
    return threadId;
  }

  public int seq() {
    return seq;
  }

  public long authorId() {
    return authorId;
  }

  public String body() {
    return body;
  }

  public Long quotedPostId() {
    return quotedPostId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime editedAt() {
    return editedAt;
  }

  public Long editedBy() {
    return editedBy;
  }

  public int revisions() {
    return revisions;
  }

  public boolean hidden() {
    return hidden;
  }

  public Set<String> attachments() {
    return Collections.unmodifiableSet(attachments);
  }

  public long version() {
    return version;
  }
}
