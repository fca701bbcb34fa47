package cn.cadre.lms.forums.control;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.forums.entity.BoardKind;
import java.util.Set;

/**
 * Who may open boards and who moderates them. The center opens any board; a sub-center opens
 * boards within its county (the county's own, a unit's, a course's or a class's); a liaison opens
 * its unit's board. Moderators of a board are the staff whose grant covers its audience (center,
 * sub-center, the unit's liaison, holders of the moderator role) and the people named on it.
 */
public final class ForumAccess {

  private static final Set<Role> MODERATING =
      Set.of(Role.CENTER_ADMIN, Role.SUBCENTER_ADMIN, Role.LIAISON, Role.MODERATOR);

  private ForumAccess() {}

  /** The paths under which the actor may open a board of this kind. */
  public static Scope creatorScope(Actor actor, BoardKind kind) {
    Set<Role> roles = switch (kind) {
      case CITY -> Set.of(Role.CENTER_ADMIN);
      case UNIT -> Set.of(Role.CENTER_ADMIN, Role.SUBCENTER_ADMIN, Role.LIAISON);
      case COUNTY, COURSE, SPECIAL_CLASS -> Set.of(Role.CENTER_ADMIN, Role.SUBCENTER_ADMIN);
    };
    return Scope.of(actor.grants().stream().filter(g -> roles.contains(g.role())).map(Grant::path).toList());
  }

  /** Whether the actor may open boards of any kind somewhere (the pages show the form then). */
  public static boolean opensBoards(Actor actor) {
    return !creatorScope(actor, BoardKind.UNIT).isEmpty();
  }

  /** The audiences the actor moderates by grant, before the boards that name the actor. */
  public static Scope moderationScope(Actor actor) {
    return Scope.of(actor.grants().stream().filter(g -> MODERATING.contains(g.role())).map(Grant::path).toList());
  }
}
