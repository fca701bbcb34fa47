package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.search.control.SearchGroups;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalog's groups for visibility: "class:ID" for each special class (专题班) the cadre is a
 * member of, "course:ID" for each course the cadre is enrolled in (any year). Boards, gardens and
 * posts that belong to a class or a course name these groups.
 */
@Stateless
public class CourseGroups implements SearchGroups {

  public static String ofClass(long classId) {
    return "class:" + classId;
  }

  public static String ofCourse(long courseId) {
    return "course:" + courseId;
  }

  @PersistenceContext EntityManager em;

  @Override
  public Set<String> groupsOf(long cadreId) {
    Set<String> groups = new HashSet<>();
    for (Number id : numbers("SELECT class_id FROM special_class_member WHERE cadre_id = ?1", cadreId)) {
      groups.add(ofClass(id.longValue()));
    }
    for (Number id : numbers("SELECT DISTINCT course_id FROM enrolment WHERE cadre_id = ?1", cadreId)) {
      groups.add(ofCourse(id.longValue()));
    }
    return groups;
  }

  @SuppressWarnings("unchecked")
  private List<Number> numbers(String sql, long cadreId) {
    return em.createNativeQuery(sql).setParameter(1, cadreId).getResultList();
  }
}
