package cn.cadre.lms.forums.control;

import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.BoardKind;
import cn.cadre.lms.search.control.SearchKind;
import cn.cadre.lms.search.control.Searchable;
import cn.cadre.lms.search.control.Visibility;
import java.time.Instant;
import java.util.Set;

/**
 * The caller as the forums see them: who, the cadre's own path (null for staff who are not
 * cadres) and the groups the cadre belongs to. A board is read under the search contract's rule
 * ({@link Visibility}), so a board and the posts the search finds in it are open to the same
 * people (staff stand where their grants are, so a county's administrator reads the city-wide
 * boards). A course's board follows the course
 * instead ({@link CourseAccess#reads}). Moderators always read the boards they moderate.
 */
public record Reader(Actor actor, String cadrePath, Set<String> groups) {

  public Reader {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }

  public long personId() {
    return actor.personId();
  }

  public Visibility visibility() {
    return Visibility.of(actor, cadrePath, groups);
  }

  public boolean moderates(Board board) {
    return ForumAccess.moderationScope(actor).covers(board.audiencePath()) || board.moderators().contains(personId());
  }

  /** @param course the board's course for a COURSE board (null when it is gone), ignored otherwise */
  public boolean reads(Board board, Course course) {
    if (moderates(board)) {
      return true;
    }
    if (board.kind() == BoardKind.COURSE) {
      return course != null && CourseAccess.reads(actor, cadrePath, course);
    }
    return visibility().sees(asSearchable(board));
  }

  /** The board in the contract's shape, so the contract's rule decides and no copy of it drifts. */
  static Searchable asSearchable(Board board) {
    return new Searchable(SearchKind.FORUM_POST, board.id() == null ? 0 : board.id(), board.name(), "",
        board.audiencePath(), board.groups(), board.countyCode(), Instant.EPOCH, "board.xhtml?id=" + board.id());
  }
}
