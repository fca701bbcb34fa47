package cn.cadre.lms.forums.control;

import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forums' reads. Each is one statement whatever the page holds: the boards a reader may be
 * offered, thread and unread counts per board, a board's threads (pinned first, then by last
 * activity) with the reader's marker, a thread's posts in order, and writers' names by id.
 */
public final class ForumQueries {

  private final EntityManager em;

  public ForumQueries(EntityManager em) {
    this.em = em;
  }

  /** A thread with how far the reader has read it (0 when never opened). */
  public record ThreadRow(ForumThread thread, int lastRead) {
    public boolean unread() {
      return thread.lastSeq() > lastRead;
    }
  }

  /**
   * The boards the reader might read: audiences at or above the reader's own path or a grant's
   * path, audiences inside a grant's scope, and boards naming the reader. The caller decides each
   * with {@link Reader#reads}; this only keeps a province's thousands of unit boards out of memory.
   */
  public List<Board> candidateBoards(Reader reader) {
    Set<String> above = new LinkedHashSet<>(ancestors(reader.cadrePath()));
    reader.actor().grants().forEach(g -> above.addAll(ancestors(g.path())));
    List<String> inside = new ArrayList<>(reader.actor().readScope().prefixes());
    inside.addAll(ForumAccess.moderationScope(reader.actor()).prefixes());
    StringBuilder jpql = new StringBuilder(
        "SELECT b FROM Board b WHERE b.id IN (SELECT n.id FROM Board n JOIN n.moderators m WHERE m = :me)");
    if (!above.isEmpty()) {
      jpql.append(" OR b.audiencePath IN :above");
    }
    for (int i = 0; i < inside.size(); i++) {
      jpql.append(" OR b.audiencePath LIKE :in").append(i);
    }
    TypedQuery<Board> q = em.createQuery(jpql.append(" ORDER BY b.kind, b.name, b.id").toString(), Board.class)
        .setParameter("me", reader.personId());
    if (!above.isEmpty()) {
      q.setParameter("above", above);
    }
    for (int i = 0; i < inside.size(); i++) {
      q.setParameter("in" + i, inside.get(i) + "%");
    }
    return q.getResultList();
  }

  /** "/340600/340621/u7/" gives "/340600/", "/340600/340621/" and "/340600/340621/u7/". */
  public static List<String> ancestors(String path) {
    List<String> out = new ArrayList<>();
    if (path == null) {
      return out;
    }
    for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      out.add(path.substring(0, i + 1));
    }
    return out;
  }

  /** Visible threads per board. */
  public Map<Long, Long> threadCounts(Collection<Long> boardIds) {
    if (boardIds.isEmpty()) {
      return Map.of();
    }
    return counts(em.createQuery("SELECT t.boardId, COUNT(t) FROM ForumThread t"
            + " WHERE t.boardId IN :boards AND t.hidden = :no GROUP BY t.boardId", Object[].class)
        .setParameter("boards", boardIds).setParameter("no", false).getResultList());
  }

  /** Visible threads per board whose last visible post the reader has not read. */
  public Map<Long, Long> unreadCounts(long personId, Collection<Long> boardIds) {
    if (boardIds.isEmpty()) {
      return Map.of();
    }
    return counts(em.createQuery("SELECT t.boardId, COUNT(t) FROM ForumThread t"
            + " LEFT JOIN ReadMarker r ON r.threadId = t.id AND r.personId = :p"
            + " WHERE t.boardId IN :boards AND t.hidden = :no AND t.lastSeq > COALESCE(r.lastSeq, 0)"
            + " GROUP BY t.boardId", Object[].class)
        .setParameter("p", personId).setParameter("boards", boardIds).setParameter("no", false).getResultList());
  }

  private static Map<Long, Long> counts(List<Object[]> rows) {
    Map<Long, Long> out = new HashMap<>();
    rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return out;
  }

  /** One page of a board's threads: pinned first, then the latest activity first. */
  public Page<ThreadRow> threads(long boardId, long personId, boolean withHidden, int page, int size) {
    String hidden = " AND t.hidden IN :shown";
    long total = em.createQuery("SELECT COUNT(t) FROM ForumThread t WHERE t.boardId = :b" + hidden, Long.class)
        .setParameter("b", boardId).setParameter("shown", shown(withHidden)).getSingleResult();
    List<ThreadRow> rows = em.createQuery("SELECT t, r.lastSeq FROM ForumThread t"
            + " LEFT JOIN ReadMarker r ON r.threadId = t.id AND r.personId = :p"
            + " WHERE t.boardId = :b" + hidden + " ORDER BY t.pinned DESC, t.lastPostAt DESC, t.id DESC",
            Object[].class)
        .setParameter("p", personId).setParameter("b", boardId).setParameter("shown", shown(withHidden))
        .setFirstResult(page * size).setMaxResults(size)
        .getResultList().stream()
        .map(r -> new ThreadRow((ForumThread) r[0], r[1] == null ? 0 : ((Number) r[1]).intValue()))
        .toList();
    return new Page<>(total, page, size, rows);
  }

  /** One page of a thread's posts in order. */
  public Page<ForumPost> posts(long threadId, boolean withHidden, int page, int size) {
    String hidden = " AND p.hidden IN :shown";
    long total = em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.threadId = :t" + hidden, Long.class)
        .setParameter("t", threadId).setParameter("shown", shown(withHidden)).getSingleResult();
    List<ForumPost> posts = em.createQuery(
            "SELECT p FROM ForumPost p WHERE p.threadId = :t" + hidden + " ORDER BY p.seq", ForumPost.class)
        .setParameter("t", threadId).setParameter("shown", shown(withHidden)).setFirstResult(page * size).setMaxResults(size).getResultList();
    return new Page<>(total, page, size, posts);
  }

  /** The page (0-based) a post falls on among the posts the reader sees. */
  public int pageOf(ForumPost post, boolean withHidden, int size) {
    String hidden = " AND p.hidden IN :shown";
    long before = em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.threadId = :t AND p.seq < :s" + hidden,
            Long.class)
        .setParameter("t", post.threadId()).setParameter("s", post.seq()).setParameter("shown", shown(withHidden))
        .getSingleResult();
    return (int) (before / size);
  }

  /**
   * Which values of "hidden" a reader sees, as a parameter: a boolean literal in JPQL becomes 0 or 1
   * in EclipseLink's SQL, which embedded H2 refuses to compare with a BOOLEAN column.
   */
  private static List<Boolean> shown(boolean withHidden) {
    return withHidden ? List.of(false, true) : List.of(false);
  }

  /** The writers' names by person id. */
  public Map<Long, ThreadCard.Author> authors(Collection<Long> personIds) {
    Map<Long, ThreadCard.Author> out = new HashMap<>();
    if (!personIds.isEmpty()) {
      em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
          .setParameter("ids", Set.copyOf(personIds)).getResultList()
          .forEach(p -> out.put(p.id(), new ThreadCard.Author(p.displayName(), p.username())));
    }
    return out;
  }
}
