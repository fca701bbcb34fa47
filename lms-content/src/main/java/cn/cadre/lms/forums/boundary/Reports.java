package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.ForumSettings;
import cn.cadre.lms.forums.control.PostHtml;
import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import cn.cadre.lms.forums.entity.Report;
import cn.cadre.lms.forums.entity.ReportStatus;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * Reports of posts: any reader reports a post with a reason (once while the report is open); the
 * post's moderators see the open reports of their boards and resolve them, hiding the post or
 * dismissing the report. One decision closes every open report of that post.
 */
@Stateless
public class Reports {

  static final int EXCERPT = 120;
  static final int MAX_OPEN_LISTED = 500;

  @PersistenceContext EntityManager em;
  @Inject ReaderGroups groups;
  @Inject ForumSettings settings;
  @Inject Event<SearchableChanged> changed;

  public ForumRecords.ReportCard report(Actor actor, long postId, String reason) {
    Place at = ForumLookup.post(em, ForumLookup.reader(em, groups, actor), postId, false);
    Report r = new Report(postId, actor.personId(), reason, Boards.now());
    long open = em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.postId = :p AND r.reporterId = :me"
            + " AND r.status = :open", Long.class)
        .setParameter("p", postId).setParameter("me", actor.personId()).setParameter("open", ReportStatus.OPEN)
        .getSingleResult();
    if (open > 0) {
      throw LmsException.conflict("forum.alreadyReported");
    }
    em.persist(r);
    return card(r, at, names(List.of(r)));
  }

  /** The open reports of the boards the caller moderates, oldest first. */
  public List<ForumRecords.ReportCard> open(Actor actor) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    List<Object[]> rows = em.createQuery("SELECT r, p, t, b FROM Report r, ForumPost p, ForumThread t, Board b"
            + " WHERE r.status = :open AND p.id = r.postId AND t.id = p.threadId AND b.id = t.boardId"
            + " ORDER BY r.reportedAt, r.id", Object[].class)
        .setParameter("open", ReportStatus.OPEN).setMaxResults(MAX_OPEN_LISTED).getResultList().stream()
        .filter(row -> reader.moderates((Board) row[3])).toList();
    Map<Long, ThreadCard.Author> names = names(rows.stream().map(row -> (Report) row[0]).toList());
    return rows.stream().map(row -> card((Report) row[0],
        new Place(reader, (Board) row[3], (ForumThread) row[2], (ForumPost) row[1]), names)).toList();
  }

  /** Hides the post (HIDDEN) or leaves it (DISMISSED); every open report of the post closes with it. */
  public ForumRecords.ReportCard resolve(Actor actor, long reportId, ReportStatus outcome, String note) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Report r = em.find(Report.class, reportId);
    if (r == null) {
      throw LmsException.notFound("forumReport");
    }
    Place at;
    try {
      at = ForumLookup.post(em, reader, r.postId(), true);
    } catch (LmsException e) {
      throw LmsException.notFound("forumReport");
    }
    ForumLookup.requireModerator(at);
    r.resolve(outcome, note, actor.personId(), Boards.now());
    em.createQuery("SELECT o FROM Report o WHERE o.postId = :p AND o.status = :open AND o.id <> :r", Report.class)
        .setParameter("p", r.postId()).setParameter("open", ReportStatus.OPEN).setParameter("r", r.id())
        .getResultList().forEach(o -> o.resolve(outcome, note, actor.personId(), Boards.now()));
    if (outcome == ReportStatus.HIDDEN && !at.post().hidden()) {
      String reason = note == null || note.isBlank() ? r.reason() : note;
      Moderation.hidePost(em, new PostWriter(em, settings.throttle(), changed), at, true, reason, actor.personId());
    }
    return card(r, at, names(List.of(r)));
  }

  private Map<Long, ThreadCard.Author> names(List<Report> reports) {
    return new ForumQueries(em).authors(reports.stream().map(Report::reporterId).toList());
  }

  private static ForumRecords.ReportCard card(Report r, Place at, Map<Long, ThreadCard.Author> names) {
    return new ForumRecords.ReportCard(r.id(), r.postId(), at.thread().id(), at.thread().title(), at.board().id(),
        PostHtml.excerpt(at.post().body(), EXCERPT), r.reason(),
        names.getOrDefault(r.reporterId(), ThreadCard.Author.UNKNOWN).name(), r.reportedAt(), r.status().name(),
        r.note());
  }
}
