package cn.cadre.lms.forums.control;

import cn.cadre.lms.common.PlainText;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Searchable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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

  // native SQL: EclipseLink writes this JPQL's parameters into the SQL as literals, and a boolean
  // written as 0 is refused by embedded H2 2.x; FALSE is standard SQL on H2 and MySQL alike
  private static final String SELECT = "SELECT p.id, t.id, t.title, p.body, b.audience_path, b.group_name,"
      + " b.county_code, p.created_at, p.edited_at FROM forum_post p"
      + " JOIN forum_thread t ON t.id = p.thread_id JOIN forum_board b ON b.id = t.board_id"
      + " WHERE p.hidden = FALSE AND t.hidden = FALSE"
      + " AND (b.course_id IS NULL OR EXISTS (SELECT 1 FROM course c WHERE c.id = b.course_id"
      + " AND c.status = 'PUBLISHED'))";

  private final EntityManager em;

  public ForumSearchQuery(EntityManager em) {
    this.em = em;
  }

  /** The findable posts among these ids; the others are gone, hidden or closed. */
  public List<Searchable> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> distinct = List.copyOf(Set.copyOf(ids));
    String marks = String.join(", ", java.util.Collections.nCopies(distinct.size(), "?"));
    Query q = em.createNativeQuery(SELECT + " AND p.id IN (" + marks + ") ORDER BY p.id");
    for (int i = 0; i < distinct.size(); i++) {
      q.setParameter(i + 1, distinct.get(i));
    }
    return rows(q);
  }

  /** The next slice of findable posts after the post id {@code afterId}, in id order. */
  public List<Searchable> after(long afterId, int limit) {
    return rows(em.createNativeQuery(SELECT + " AND p.id > ? ORDER BY p.id")
        .setParameter(1, afterId).setMaxResults(limit));
  }

  @SuppressWarnings("unchecked")
  private static List<Searchable> rows(Query q) {
    return ((List<Object[]>) q.getResultList()).stream().map(ForumSearchQuery::searchable).toList();
  }

  private static LocalDateTime time(Object value) {
    return value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
  }

  private static Searchable searchable(Object[] r) {
    long postId = ((Number) r[0]).longValue();
    long threadId = ((Number) r[1]).longValue();
    String group = (String) r[5];
    LocalDateTime at = r[8] != null ? time(r[8]) : time(r[7]);
    return new Searchable(SearchKind.FORUM_POST, postId, (String) r[2], PlainText.of((String) r[3]),
        (String) r[4], group == null ? Set.of() : Set.of(group), (String) r[6], at.toInstant(ZoneOffset.UTC),
        link(threadId, postId));
  }

  /** The thread page opened at the page holding the post, scrolled to it. */
  public static String link(long threadId, long postId) {
    return "thread.xhtml?id=" + threadId + "&post=" + postId + "#post-" + postId;
  }
}
