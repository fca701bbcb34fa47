package cn.cadre.lms.forums.control;

import cn.cadre.lms.forums.entity.ForumThread;
import java.time.LocalDateTime;

/**
 * A thread in a board's list. {@code title} is plain text: clients must escape it. {@code unread}
 * says the thread holds visible posts the reader has not read; {@code replies} counts the visible
 * posts after the first.
 */
public record ThreadCard(long id, long boardId, String title, String authorName, String authorUsername,
    LocalDateTime createdAt, LocalDateTime lastPostAt, int replies, boolean pinned, boolean locked, boolean hidden,
    boolean unread) {

  public static ThreadCard of(ForumThread t, Author author, boolean unread) {
    return new ThreadCard(t.id(), t.boardId(), t.title(), author.name(), author.username(), t.createdAt(),
        t.lastPostAt(), Math.max(0, t.postCount() - 1), t.pinned(), t.locked(), t.hidden(), unread);
  }

  /** A writer's shown name and username. */
  public record Author(String name, String username) {
    public static final Author UNKNOWN = new Author("?", "?");
  }
}
