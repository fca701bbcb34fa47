package cn.cadre.lms.courses.control;

import cn.cadre.lms.courses.entity.CourseAssignment;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Rank;
import java.util.Set;

/** Whether an assignment reaches a cadre: the one rule enrolment, the home page and reports share. */
public final class AudienceRule {

  private AudienceRule() {}

  /**
   * @param cadrePath the cadre's current path
   * @param classIds the special classes the cadre belongs to
   */
  public static boolean reaches(CourseAssignment a, Rank rank, String cadrePath, Set<Long> classIds) {
    return switch (a.audience()) {
      case RANK -> a.rank() == rank && OrgPath.within(cadrePath, a.path());
      case PATH -> OrgPath.within(cadrePath, a.path());
      case SPECIAL_CLASS -> classIds.contains(a.classId());
    };
  }
}
