package cn.cadre.lms.courses.control;

import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Role;
import java.util.Set;

/**
 * Who may do what with a course. Authors (the center, instructors and sub-center administrators)
 * edit and publish courses whose owner path their grant covers. A published course is open to
 * everyone placed under its owner path: a cadre by its own path, a staff member by a grant's path
 * (so a county administrator sees the city's courses to assign them), and to readers whose scope
 * covers it.
 */
public final class CourseAccess {

  private static final Set<Role> AUTHORS = Set.of(Role.CENTER_ADMIN, Role.INSTRUCTOR, Role.SUBCENTER_ADMIN);

  private CourseAccess() {}

  public static Scope authorScope(Actor actor) {
    return Scope.of(actor.grants().stream().filter(g -> AUTHORS.contains(g.role())).map(Grant::path).toList());
  }

  public static boolean authors(Actor actor, Course course) {
    return authorScope(actor).covers(course.ownerPath());
  }

  /** @param cadrePath the caller's own cadre path, or null when the caller is not a cadre */
  public static boolean reads(Actor actor, String cadrePath, Course course) {
    if (authors(actor, course)) {
      return true;
    }
    return course.status() == CourseStatus.PUBLISHED && placedUnder(actor, cadrePath, course.ownerPath());
  }

  /** Whether a cadre, as a learner, may study the course. */
  public static boolean studies(String cadrePath, Course course) {
    return cadrePath != null && course.status() == CourseStatus.PUBLISHED
        && OrgPath.within(cadrePath, course.ownerPath());
  }

  static boolean placedUnder(Actor actor, String cadrePath, String ownerPath) {
    return OrgPath.within(cadrePath, ownerPath)
        || actor.grants().stream().anyMatch(g -> OrgPath.within(g.path(), ownerPath))
        || actor.readScope().covers(ownerPath);
  }
}
