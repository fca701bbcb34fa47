package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.control.MyCourses;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.entity.Cadre;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cadre's own enrolments: enrolling in a course for this assessment year (required when an
 * assignment reaches the cadre, elective otherwise, decided now and kept) and the year's overview.
 */
@Stateless
public class Enrolments {

  @PersistenceContext EntityManager em;

  /** Enrols the caller; enrolling again in the same year answers the existing enrolment. */
  public Enrolment enrol(Actor actor, long courseId) {
    Cadre cadre = Lookup.cadreOf(em, actor);
    Course c = em.find(Course.class, courseId);
    if (c == null || !CourseAccess.reads(actor, cadre == null ? null : cadre.path(), c)) {
      throw LmsException.notFound("course");
    }
    if (cadre == null) {
      throw LmsException.conflict("course.onlyCadres");
    }
    if (!CourseAccess.studies(cadre.path(), c)) {
      throw LmsException.notFound("course");
    }
    int year = ChinaTime.today().getYear();
    var existing = Lookup.enrolment(em, cadre.id(), courseId, year);
    if (existing.isPresent()) {
      return existing.get();
    }
    LocalDate due = Reach.required(em, cadre, year).get(courseId);
    Enrolment e = new Enrolment(cadre.id(), courseId, year, due != null, due, Courses.now());
    em.persist(e);
    return e;
  }

  /** Required courses due, courses in progress and completed ones, for the caller's year. */
  public MyCourses myCourses(Actor actor, int year) {
    Cadre cadre = Lookup.cadreOf(em, actor);
    if (cadre == null) {
      return new MyCourses(year, List.of(), List.of(), List.of());
    }
    List<Enrolment> enrolments = em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.cadreId = :k AND e.year = :y ORDER BY e.enrolledAt", Enrolment.class)
        .setParameter("k", cadre.id()).setParameter("y", year).getResultList();
    Map<Long, Enrolment> byCourse = new HashMap<>();
    enrolments.forEach(e -> byCourse.put(e.courseId(), e));
    Map<Long, Course> courses = new HashMap<>();
    Map<Long, LocalDate> required = Reach.required(em, cadre, year);
    List<Long> ids = new ArrayList<>(required.keySet());
    ids.addAll(byCourse.keySet());
    if (!ids.isEmpty()) {
      em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", Course.class).setParameter("ids", ids)
          .getResultList().forEach(c -> courses.put(c.id(), c));
    }
    List<MyCourses.Due> due = due(cadre, required, byCourse, courses);
    Map<Long, long[]> stats = stats(cadre.id());
    List<MyCourses.InProgress> inProgress = new ArrayList<>();
    List<MyCourses.Completed> completed = new ArrayList<>();
    for (Enrolment e : enrolments) {
      Course c = courses.get(e.courseId());
      if (e.completedAt() != null) {
        completed.add(new MyCourses.Completed(c.id(), c.title(), c.credits(), e.required(), e.completedAt()));
      } else {
        long[] s = stats.getOrDefault(c.id(), new long[3]);
        inProgress.add(new MyCourses.InProgress(c.id(), c.title(), c.credits(), e.required(), e.dueOn(),
            (int) s[1], lessonCount(c.id()), (int) (s[0] / 60)));
      }
    }
    return new MyCourses(year, due, inProgress, completed);
  }

  /** Required courses the cadre may study and has not completed, earliest deadline first. */
  private static List<MyCourses.Due> due(Cadre cadre, Map<Long, LocalDate> required, Map<Long, Enrolment> byCourse,
      Map<Long, Course> courses) {
    List<MyCourses.Due> due = new ArrayList<>();
    required.forEach((courseId, dueOn) -> {
      Enrolment e = byCourse.get(courseId);
      Course c = courses.get(courseId);
      if (c != null && CourseAccess.studies(cadre.path(), c) && (e == null || e.completedAt() == null)) {
        due.add(new MyCourses.Due(courseId, c.title(), c.credits(), dueOn, e != null));
      }
    });
    due.sort(java.util.Comparator.comparing(MyCourses.Due::dueOn).thenComparing(MyCourses.Due::courseId));
    return due;
  }

  /** Per course: verified seconds and completed lessons, from the cadre's lesson progress. */
  private Map<Long, long[]> stats(long cadreId) {
    Map<Long, long[]> stats = new HashMap<>();
    em.createQuery("SELECT p.courseId, SUM(p.countedSeconds), SUM(CASE WHEN p.completedAt IS NULL THEN 0 ELSE 1 END)"
            + " FROM LessonProgress p WHERE p.cadreId = :k GROUP BY p.courseId", Object[].class)
        .setParameter("k", cadreId).getResultList()
        .forEach(r -> stats.put(((Number) r[0]).longValue(),
            new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), 0}));
    return stats;
  }

  private int lessonCount(long courseId) {
    return em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.courseId = :c", Long.class)
        .setParameter("c", courseId).getSingleResult().intValue();
  }
}
