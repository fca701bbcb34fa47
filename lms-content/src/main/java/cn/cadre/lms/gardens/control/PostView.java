package cn.cadre.lms.gardens.control;

import java.time.Instant;
import java.util.List;

/**
 * A post as readers see it. {@code body} is sanitised HTML; {@code title} and every other text are
 * plain and must be escaped where shown.
 *
 * @param mine the caller wrote it (and may edit it)
 * @param file an uploaded resource's file, or null
 * @param items a reading list's entries, in order
 */
public record PostView(long id, long gardenId, String kind, String title, String body, long authorId,
    String authorName, boolean mine, Long courseId, String courseTitle, String url, FileView file,
    List<ItemView> items, boolean featured, long likes, boolean likedByMe, Instant createdAt, Instant updatedAt,
    long version, List<CommentView> comments) {

  /** An uploaded resource: its name, its type as its bytes showed, its size, and where to fetch it. */
  public record FileView(String name, String contentType, long sizeBytes, String url) {}

  /** A reading list's entry; courseTitle is null when the reader may not see that course. */
  public record ItemView(String label, String url, Long courseId, String courseTitle) {}

  /** A comment; its body is sanitised light HTML. */
  public record CommentView(long id, long postId, long authorId, String authorName, String body,
      Instant createdAt) {}

  /** One page of a garden's posts, featured reflections first, then newest. */
  public record Page(List<PostView> items, long total, int page, int size) {}

  /** The caller's like of a post after a toggle, and the post's count. */
  public record LikeState(long postId, boolean liked, long likes) {}
}
