package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.Enrolment;
import cn.cadre.lms.courses.entity.Lesson;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.entity.Cadre;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The reads every catalog boundary starts from, each answering an id the caller may not see exactly
 * like an unknown one (404).
 */
final class Lookup {

  private Lookup() {}

  static Cadre cadreOf(EntityManager em, Actor actor) {
    return actor.cadreId() == null ? null : em.find(Cadre.class, actor.cadreId());
  }

  static String cadrePath(EntityManager em, Actor actor) {
    Cadre c = cadreOf(em, actor);
    return c == null ? null : c.path();
  }

  static Course readable(EntityManager em, Actor actor, long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !CourseAccess.reads(actor, cadrePath(em, actor), c)) {
      throw LmsException.notFound("course");
    }
    return c;
  }

  static Course authored(EntityManager em, Actor actor, long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !CourseAccess.reads(actor, cadrePath(em, actor), c)) {
      throw LmsException.notFound("course");
    }
    if (!CourseAccess.authors(actor, c)) {
      throw LmsException.forbidden();
    }
    return c;
  }

  static Lesson lesson(EntityManager em, long lessonId) {
    Lesson l = em.find(Lesson.class, lessonId);
    if (l == null) {
      throw LmsException.notFound("lesson");
    }
    return l;
  }

  static List<Lesson> lessons(EntityManager em, long courseId) {
    return em.createQuery("SELECT l FROM Lesson l WHERE l.courseId = :c ORDER BY l.position", Lesson.class)
        .setParameter("c", courseId)
        .getResultList();
  }

  static Optional<Enrolment> enrolment(EntityManager em, long cadreId, long courseId, int year) {
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.cadreId = :k AND e.courseId = :c AND e.year = :y", Enrolment.class)
        .setParameter("k", cadreId)
        .setParameter("c", courseId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }
}
