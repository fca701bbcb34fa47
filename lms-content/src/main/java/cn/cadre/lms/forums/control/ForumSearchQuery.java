package cn.cadre.lms.forums.control;

import cn.cadre.lms.common.PlainText;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Searchable;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Forum posts as the search index takes them: one {@link Searchable} per post that ordinary
 * readers see (neither the post nor its thread hidden, and a course board's course still
 * published), titled by its thread, with the board's audience, group and county. One statement per
 * batch of ids, or per slice of the table for a rebuild.
 */
public final class ForumSearchQuery {

  /** Rows per slice of a rebuild: small enough to keep memory flat, large enough to be quick. */
  public static final int SLICE = 1000;

  private static final String SELECT = "SELECT p.id, t.id, t.title, p.body, b.audiencePath, b.groupName,"
      + " b.countyCode, p.createdAt, p.editedAt FROM ForumPost p, ForumThread t, Board b"
      + " WHERE t.id = p.threadId AND b.id = t.boardId AND p.hidden = FALSE AND t.hidden = FALSE"
      + " AND (b.courseId IS NULL OR EXISTS (SELECT c.id FROM Course c WHERE c.id = b.courseId"
      + " AND c.status = :published))";

  private final EntityManager em;

  public ForumSearchQuery(EntityManager em) {
    this.em = em;
  }

  /** The findable posts among these ids; the others are gone, hidden or closed. */
  public List<Searchable> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(SELECT + " AND p.id IN :ids ORDER BY p.id", Object[].class)
        .setParameter("published", CourseStatus.PUBLISHED)
        .setParameter("ids", Set.copyOf(ids))
        .getResultList().stream().map(ForumSearchQuery::searchable).toList();
  }

  /** The next slice of findable posts after the post id {@code afterId}, in id order. */
  public List<Searchable> after(long afterId, int limit) {
    return em.createQuery(SELECT + " AND p.id > :after ORDER BY p.id", Object[].class)
        .setParameter("published", CourseStatus.PUBLISHED)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList().stream().map(ForumSearchQuery::searchable).toList();
  }

  private static Searchable searchable(Object[] r) {
    long postId = ((Number) r[0]).longValue();
    long threadId = ((Number) r[1]).longValue();
    String group = (String) r[5];
    LocalDateTime at = r[8] != null ? (LocalDateTime) r[8] : (LocalDateTime) r[7];
    return new Searchable(SearchKind.FORUM_POST, postId, (String) r[2], PlainText.of((String) r[3]),
        (String) r[4], group == null ? Set.of() : Set.of(group), (String) r[6], at.toInstant(ZoneOffset.UTC),
        link(threadId, postId));
  }

  /** The thread page opened at the page holding the post, scrolled to it. */
  public static String link(long threadId, long postId) {
    return "thread.xhtml?id=" + threadId + "&post=" + postId + "#post-" + postId;
  }
}
