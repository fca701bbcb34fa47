package cn.cadre.lms.courses.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.entity.Audience;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.CourseAssignment;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.courses.entity.SpecialClass;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Rank;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Required courses and special classes, made by the center and the sub-centers within their
 * manage scope. An assignment's audience must also lie under the course's owner path, or it would
 * require a course its cadres cannot open.
 */
@Stateless
public class Assignments {

  @PersistenceContext EntityManager em;

  /** @param path the audience's path for RANK and PATH; null means the caller's own scope */
  public CourseAssignment assign(Actor actor, long courseId, int year, Audience audience, Rank rank, String path,
      Long classId, LocalDate dueOn) {
    Scope manage = actor.manageScope();
    if (manage.isEmpty()) {
      throw LmsException.forbidden();
    }
    Course c = Lookup.readable(em, actor, courseId);
    if (c.status() != CourseStatus.PUBLISHED) {
      throw LmsException.conflict("course.notPublished");
    }
    if (audience == Audience.SPECIAL_CLASS) {
      SpecialClass sc = classId == null ? null : em.find(SpecialClass.class, classId);
      if (sc == null || !manage.covers(sc.ownerPath())) {
        throw LmsException.invalid("classId", "field.unknownClass");
      }
      path = sc.ownerPath();
    } else {
      path = path == null || path.isBlank() ? manage.prefixes().get(0) : path.strip();
      if (!OrgPath.isValid(path) || !manage.covers(path)) {
        throw LmsException.invalid("path", "field.outsideScope");
      }
    }
    if (!OrgPath.within(path, c.ownerPath())) {
      throw LmsException.invalid("path", "field.outsideCourse");
    }
    CourseAssignment a = new CourseAssignment(c.id(), year, audience, rank, path, classId, dueOn,
        actor.personId(), Courses.now());
    em.persist(a);
    return a;
  }

  /** The year's assignments the caller manages (all of them for a course, when one is named). */
  public List<CourseAssignment> list(Actor actor, int year, Long courseId) {
    Scope manage = actor.manageScope();
    return em.createQuery("SELECT a FROM CourseAssignment a WHERE a.year = :y ORDER BY a.dueOn, a.id",
            CourseAssignment.class)
        .setParameter("y", year).getResultList().stream()
        .filter(a -> manage.covers(a.path()))
        .filter(a -> courseId == null || a.courseId() == courseId)
        .toList();
  }

  public SpecialClass createClass(Actor actor, String name, LocalDate startsOn, LocalDate endsOn,
      List<Long> members) {
    Scope manage = actor.manageScope();
    if (manage.isEmpty()) {
      throw LmsException.forbidden();
    }
    Set<Long> ids = new HashSet<>(members == null ? List.of() : members);
    ids.remove(null);
    for (Long id : ids) {
      Cadre k = em.find(Cadre.class, id);
      if (k == null || !manage.covers(k.path())) {
        throw LmsException.invalid("members", "field.unknownCadre");
      }
    }
    SpecialClass sc = new SpecialClass(name, manage.prefixes().get(0), startsOn, endsOn, ids);
    em.persist(sc);
    return sc;
  }

  public List<SpecialClass> classes(Actor actor) {
    Scope manage = actor.manageScope();
    return em.createQuery("SELECT s FROM SpecialClass s ORDER BY s.startsOn DESC, s.id DESC", SpecialClass.class)
        .getResultList().stream().filter(s -> manage.covers(s.ownerPath())).toList();
  }
}
