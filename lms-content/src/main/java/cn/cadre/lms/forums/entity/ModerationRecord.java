package cn.cadre.lms.forums.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/** One moderator's action, written when it happens and never changed: who, when, what and why. */
@Entity
@Table(name = "forum_moderation")
public class ModerationRecord {

  public static final int MAX_REASON = 200;

  @Id
  @TableGenerator(name = "forum_moderation_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_moderation", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_moderation_ids")
  private Long id;

  @Column(name = "board_id")
  private long boardId;

  @Column(name = "thread_id")
  private long threadId;

  @Column(name = "post_id")
  private Long postId;

  @Enumerated(EnumType.STRING)
  private ModerationAction action;

  @Column(name = "from_board_id")
  private Long fromBoardId;

  private String reason;

  @Column(name = "moderator_id")
  private long moderatorId;

  @Column(name = "acted_at")
  private LocalDateTime actedAt;

  protected ModerationRecord() {}

  /**
   * @param boardId the thread's board after the action (the target of a move)
   * @param postId the post acted on, or null for the whole thread
   * @param fromBoardId the board a moved thread left, or null
   */
  public ModerationRecord(long boardId, long threadId, Long postId, ModerationAction action, Long fromBoardId,
      String reason, long moderatorId, LocalDateTime actedAt) {
    this.boardId = boardId;
    this.threadId = threadId;
    this.postId = postId;
    this.action = action;
    this.fromBoardId = fromBoardId;
    this.reason = Fields.text(reason, MAX_REASON, "reason");
    this.moderatorId = moderatorId;
    this.actedAt = actedAt;
  }

  public Long id() {
    return id;
  }

  public long boardId() {
    return boardId;
  }

  public long threadId() {
    return threadId;
  }

  public Long postId() {
    return postId;
  }

  public ModerationAction action() {
    return action;
  }

  public Long fromBoardId() {
    return fromBoardId;
  }

  public String reason() {
    return reason;
  }

  public long moderatorId() {
    return moderatorId;
  }

  public LocalDateTime actedAt() {
    return actedAt;
  }
}
