package cn.cadre.lms.forums.entity;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A thread: a title and its posts in order. It numbers its posts itself (1, 2, 3), under its row
 * lock, because post ids come in blocks per node and do not follow time; the read markers compare
 * these numbers. A locked thread refuses replies; a hidden one is gone for ordinary readers.
 */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

  public static final int MAX_TITLE = 120;

  @Id
  @TableGenerator(name = "forum_thread_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_thread", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_thread_ids")
  private Long id;

  @Column(name = "board_id")
  private long boardId;

  private String title;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "next_seq")
  private int nextSeq;

  @Column(name = "last_seq")
  private int lastSeq;

  @Column(name = "last_post_at")
  private LocalDateTime lastPostAt;

  @Column(name = "post_count")
  private int postCount;

  private boolean pinned;
  private boolean locked;
  private boolean hidden;

  @Version private long version;

  protected ForumThread() {}

  public ForumThread(long boardId, String title, long authorId, LocalDateTime createdAt) {
    this.boardId = boardId;
    this.title = Fields.text(title, MAX_TITLE, "title");
    this.authorId = authorId;
    this.createdAt = createdAt;
    this.lastPostAt = createdAt;
    this.nextSeq = 1;
  }

  /** The number the next post takes; a locked thread takes no more replies (409). */
  public int takeSeq() {
    if (locked) {
      throw LmsException.conflict("forum.threadLocked");
    }
    return nextSeq++;
  }

  /** A visible post was added: it is now the latest. */
  public void posted(int seq, LocalDateTime at) {
    lastSeq = Math.max(lastSeq, seq);
    lastPostAt = at.isAfter(lastPostAt) ? at : lastPostAt;
    postCount++;
  }

  /** After a post was hidden or shown again: what the visible posts now add up to. */
  public void recount(int visiblePosts, int lastVisibleSeq, LocalDateTime lastVisibleAt) {
    postCount = visiblePosts;
    lastSeq = lastVisibleSeq;
    lastPostAt = lastVisibleAt == null ? createdAt : lastVisibleAt;
  }

  public void retitle(String newTitle) {
    this.title = Fields.text(newTitle, MAX_TITLE, "title");
  }

  public void moveTo(long board) {
    if (board == boardId) {
      throw LmsException.invalid("boardId", "field.sameBoard");
    }
    this.boardId = board;
  }

  public void pin(boolean on) {
    pinned = on;
  }

  public void lock(boolean on) {
    locked = on;
  }

  public void hide(boolean on) {
    hidden = on;
  }

  /** An author may change a post only while the thread is open; moderators always may. */
  public void requireOpen() {
    if (locked) {
      throw LmsException.conflict("forum.threadLocked");
    }
  }

  public Long id() {
    return id;
  }

  public long boardId() {
    return boardId;
  }

  public String title() {
    return title;
  }

  public long authorId() {
    return authorId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public int lastSeq() {
    return lastSeq;
  }

  public LocalDateTime lastPostAt() {
    return lastPostAt;
  }

  public int postCount() {
    return postCount;
  }

  public boolean pinned() {
    return pinned;
  }

  public boolean locked() {
    return locked;
  }

  public boolean hidden() {
    return hidden;
  }

  public long version() {
    return version;
  }
}
