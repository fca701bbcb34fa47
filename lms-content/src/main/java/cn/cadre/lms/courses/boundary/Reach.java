package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.courses.control.AudienceRule;
import cn.cadre.lms.courses.entity.CourseAssignment;
import cn.cadre.lms.directory.entity.Cadre;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The courses required of a cadre in a year, each with its earliest deadline. A year holds tens of
 * assignments, not thousands, so they are read whole and matched in code by {@link AudienceRule}.
 */
final class Reach {

  private Reach() {}

  static Map<Long, LocalDate> required(EntityManager em, Cadre cadre, int year) {
    Map<Long, LocalDate> due = new TreeMap<>();
    if (cadre == null) {
      return due;
    }
    Set<Long> classes = new HashSet<>(em.createNativeQuery(
            "SELECT class_id FROM special_class_member WHERE cadre_id = ?")
        .setParameter(1, cadre.id())
        .getResultList()
        .stream()
        .map(v -> ((Number) v).longValue())
        .toList());
    for (CourseAssignment a : em.createQuery(
            "SELECT a FROM CourseAssignment a WHERE a.year = :y", CourseAssignment.class)
        .setParameter("y", year)
        .getResultList()) {
      if (AudienceRule.reaches(a, cadre.rank(), cadre.path(), classes)) {
        due.merge(a.courseId(), a.dueOn(), (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    return due;
  }
}
