package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.forums.control.Reader;
import cn.cadre.lms.search.control.ReaderGroups;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.ForumPost;
import cn.cadre.lms.forums.entity.ForumThread;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Set;

/**
 * The reads every forum boundary starts from. Each answers what the caller may not see exactly
 * like an unknown id (404): a board outside the reader's audience, a hidden thread or post to
 * anyone but its moderators.
 */
final class ForumLookup {

  private ForumLookup() {}

  static Reader reader(EntityManager em, ReaderGroups groups, Actor actor) {
    Cadre cadre = actor.cadreId() == null ? null : em.find(Cadre.class, actor.cadreId());
    if (cadre == null) {
      return new Reader(actor, null, Set.of());
    }
    return new Reader(actor, cadre.path(), groups.of(cadre.id()));
  }

  static boolean reads(EntityManager em, Reader reader, Board board) {
    Course course = board.courseId() == null ? null : em.find(Course.class, board.courseId());
    return reader.reads(board, course);
  }

  static Board board(EntityManager em, Reader reader, long id) {
    Board b = em.find(Board.class, id);
    if (b == null || !reads(em, reader, b)) {
      throw LmsException.notFound("forumBoard");
    }
    return b;
  }

  static Place thread(EntityManager em, Reader reader, long id) {
    return thread(em, reader, id, false);
  }

  /** With {@code lock}, the thread's row is locked: posts are numbered and counted under it. */
  static Place thread(EntityManager em, Reader reader, long id, boolean lock) {
    ForumThread t = lock ? em.find(ForumThread.class, id, LockModeType.PESSIMISTIC_WRITE)
        : em.find(ForumThread.class, id);
    Board b = t == null ? null : em.find(Board.class, t.boardId());
    if (b == null || !reads(em, reader, b) || (t.hidden() && !reader.moderates(b))) {
      throw LmsException.notFound("forumThread");
    }
    return new Place(reader, b, t, null);
  }

  static Place post(EntityManager em, Reader reader, long id, boolean lockThread) {
    ForumPost p = em.find(ForumPost.class, id);
    if (p == null) {
      throw LmsException.notFound("forumPost");
    }
    Place at;
    try {
      at = thread(em, reader, p.threadId(), lockThread);
    } catch (LmsException e) {
      throw LmsException.notFound("forumPost");
    }
    if (p.hidden() && !at.moderates()) {
      throw LmsException.notFound("forumPost");
    }
    return new Place(reader, at.board(), at.thread(), p);
  }

  /** Only the board's moderators may; the others may read it, so they are told 403. */
  static void requireModerator(Place at) {
    if (!at.moderates()) {
      throw LmsException.forbidden();
    }
  }
}
