package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.PostHtml;
import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The posts that name the caller ("@username"), newest first. A mention in a post the caller can
 * no longer read (hidden, or on a board outside the caller's reach) is left out.
 */
@Stateless
public class Mentions {

  /** The newest mentions looked at; older ones are not listed. */
  static final int RECENT = 500;

  @PersistenceContext EntityManager em;
  @Inject ReaderGroups groups;

  public Page<ForumRecords.MentionCard> of(Actor actor, int page, int size) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    List<Object[]> rows = em.createQuery("SELECT m.createdAt, p, t, b FROM Mention m, ForumPost p, ForumThread t,"
            + " Board b WHERE m.personId = :me AND p.id = m.postId AND t.id = p.threadId AND b.id = t.boardId"
            + " AND p.hidden = :no AND t.hidden = :no ORDER BY m.createdAt DESC, m.id DESC", Object[].class)
        .setParameter("me", actor.personId()).setParameter("no", false).setMaxResults(RECENT).getResultList().stream()
        .filter(r -> ForumLookup.reads(em, reader, (Board) r[3])).toList();
    List<Object[]> shown = rows.stream().skip((long) page * size).limit(size).toList();
    Map<Long, ThreadCard.Author> authors = new ForumQueries(em).authors(
        shown.stream().map(r -> ((ForumPost) r[1]).authorId()).toList());
    return new Page<>(rows.size(), page, size, shown.stream().map(r -> {
      ForumPost p = (ForumPost) r[1];
      ForumThread t = (ForumThread) r[2];
      Board b = (Board) r[3];
      return new ForumRecords.MentionCard(p.id(), t.id(), t.title(), b.id(), b.name(),
          authors.getOrDefault(p.authorId(), ThreadCard.Author.UNKNOWN).name(), p.createdAt(),
          PostHtml.excerpt(p.body(), PostViews.QUOTE_CHARS));
    }).toList());
  }
}
