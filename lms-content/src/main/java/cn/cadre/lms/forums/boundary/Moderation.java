package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.control.ForumRecords;
import cn.cadre.lms.forums.control.ForumSettings;
import cn.cadre.lms.forums.control.PostView;
import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.control.ThreadCard;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import cn.cadre.lms.forums.entity.ModerationAction;
import cn.cadre.lms.forums.entity.ModerationRecord;
import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a board's moderators do: pin, lock, hide and move threads, hide single posts, each with a
 * reason and recorded. A move needs both boards in the moderator's reach. Hiding, showing and
 * moving change every post's search entry, so the search is told in the same transaction.
 */
@Stateless
public class Moderation {

  @PersistenceContext EntityManager em;
  @Inject ReaderGroups groups;
  @Inject ForumSettings settings;
  @Inject Event<SearchableChanged> changed;

  /** @param targetBoardId the board to move to, for MOVE only */
  public ThreadCard thread(Actor actor, long threadId, ModerationAction action, String reason, Long targetBoardId) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Place at = ForumLookup.thread(em, reader, threadId, true);
    ForumLookup.requireModerator(at);
    if (action == null) {
      throw LmsException.invalid("action", "field.required");
    }
    ForumThread t = at.thread();
    Long from = null;
    if (action == ModerationAction.MOVE) {
      Board target = target(reader, targetBoardId);
      from = t.boardId();
      t.moveTo(target.id());
    }
    em.persist(new ModerationRecord(t.boardId(), t.id(), null, action, from, reason, actor.personId(), Boards.now()));
    switch (action) {
      case PIN, UNPIN -> t.pin(action == ModerationAction.PIN);
      case LOCK, UNLOCK -> t.lock(action == ModerationAction.LOCK);
      case HIDE, UNHIDE -> t.hide(action == ModerationAction.HIDE);
      case MOVE -> { /* moved above, once the target was checked */ }
    }
    if (action == ModerationAction.MOVE || action.appliesToPosts()) {
      writer().changed(postIds(em, t.id()));
    }
    return ThreadCard.of(t, new ForumQueries(em).authors(List.of(t.authorId()))
        .getOrDefault(t.authorId(), ThreadCard.Author.UNKNOWN), false);
  }

  private Board target(Reader reader, Long boardId) {
    if (boardId == null) {
      throw LmsException.invalid("boardId", "field.required");
    }
    Board target = em.find(Board.class, boardId);
    if (target == null || !reader.moderates(target)) {
      throw LmsException.invalid("boardId", "field.outsideScope");
    }
    return target;
  }

  /** Hides a single post, or shows it again; the thread's counts follow the visible posts. */
  public PostView post(Actor actor, long postId, ModerationAction action, String reason) {
    Place at = ForumLookup.post(em, ForumLookup.reader(em, groups, actor), postId, true);
    ForumLookup.requireModerator(at);
    if (action == null || !action.appliesToPosts()) {
      throw LmsException.invalid("action", "field.badValue");
    }
    hidePost(em, writer(), at, action == ModerationAction.HIDE, reason, actor.personId());
    return PostViews.of(em, at, List.of(at.post())).get(0);
  }

  /** Shared with the report flow: hide or show a post, recorded, counted and told to the search. */
  static void hidePost(EntityManager em, PostWriter writer, Place at, boolean hide, String reason, long moderatorId) {
    ForumPost p = at.post();
    ForumThread t = at.thread();
    em.persist(new ModerationRecord(t.boardId(), t.id(), p.id(), hide ? ModerationAction.HIDE : ModerationAction.UNHIDE,
        null, reason, moderatorId, Boards.now()));
    p.hide(hide);
    Object[] visible = em.createQuery("SELECT COUNT(p), MAX(p.seq), MAX(p.createdAt) FROM ForumPost p"
            + " WHERE p.threadId = :t AND p.hidden = :no", Object[].class)
        .setParameter("t", t.id()).setParameter("no", false).getSingleResult();
    t.recount(((Number) visible[0]).intValue(), visible[1] == null ? 0 : ((Number) visible[1]).intValue(),
        (LocalDateTime) visible[2]);
    writer.changed(List.of(p.id()));
  }

  /** The board's moderation record, newest first (the latest 200): for its moderators. */
  public List<ForumRecords.Moderation> log(Actor actor, long boardId) {
    Reader reader = ForumLookup.reader(em, groups, actor);
    Board b = ForumLookup.board(em, reader, boardId);
    if (!reader.moderates(b)) {
      throw LmsException.forbidden();
    }
    List<ModerationRecord> records = em.createQuery("SELECT m FROM ModerationRecord m"
            + " WHERE m.boardId = :b OR m.fromBoardId = :b ORDER BY m.actedAt DESC, m.id DESC", ModerationRecord.class)
        .setParameter("b", boardId).setMaxResults(200).getResultList();
    Map<Long, ThreadCard.Author> who = new ForumQueries(em).authors(records.stream().map(ModerationRecord::moderatorId).toList());
    return records.stream().map(m -> new ForumRecords.Moderation(m.id(), m.action().name(), m.boardId(),
        m.fromBoardId(), m.threadId(), m.postId(), m.reason(), who.getOrDefault(m.moderatorId(),
            ThreadCard.Author.UNKNOWN).name(), m.actedAt())).toList();
  }

  static List<Long> postIds(EntityManager em, long threadId) {
    return em.createQuery("SELECT p.id FROM ForumPost p WHERE p.threadId = :t", Long.class)
        .setParameter("t", threadId).getResultList();
  }

  private PostWriter writer() {
    return new PostWriter(em, settings.throttle(), changed);
  }
}
