package cn.cadre.lms.forums.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.CourseGroups;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.SpecialClass;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Tier;
import cn.cadre.lms.directory.entity.Unit;
import cn.cadre.lms.forums.control.BoardDraft;
import cn.cadre.lms.forums.control.ForumAccess;
import cn.cadre.lms.forums.control.ForumQueries;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.BoardKind;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Turns a board draft into a board: finds its audience from the kind (the city's root, a county's
 * or a unit's path, a course's or a class's owner path) and refuses one outside what the caller may
 * open boards for, naming the field at fault.
 */
final class Audiences {

  private Audiences() {}

  static Board board(EntityManager em, Actor actor, BoardDraft d, LocalDateTime now) {
    if (d.kind() == null) {
      throw LmsException.invalid("kind", "field.required");
    }
    Scope opens = ForumAccess.creatorScope(actor, d.kind());
    if (opens.isEmpty()) {
      throw LmsException.forbidden();
    }
    String field = d.kind() == BoardKind.COURSE ? "courseId" : d.kind() == BoardKind.SPECIAL_CLASS ? "classId" : "path";
    String audience = switch (d.kind()) {
      case CITY -> node(em, d.path() == null || d.path().isBlank() ? opens.prefixes().get(0) : d.path(),
          Set.of(Tier.CITY, Tier.PROVINCE));
      case COUNTY -> node(em, d.path(), Set.of(Tier.COUNTY));
      case UNIT -> unit(em, d.path());
      case COURSE -> course(em, d.courseId()).ownerPath();
      case SPECIAL_CLASS -> specialClass(em, d.classId()).ownerPath();
    };
    if (!opens.covers(audience)) {
      throw LmsException.invalid(field, "field.outsideScope");
    }
    String group = d.kind() == BoardKind.SPECIAL_CLASS ? CourseGroups.ofClass(d.classId()) : null;
    return new Board(d.kind(), d.name(), d.description(), audience, group,
        d.kind() == BoardKind.COURSE ? d.courseId() : null, d.kind() == BoardKind.SPECIAL_CLASS ? d.classId() : null,
        countyOf(em, audience), actor.personId(), now);
  }

  private static String node(EntityManager em, String path, Set<Tier> tiers) {
    String p = required(path);
    return em.createQuery("SELECT n FROM OrgNode n WHERE n.path = :p", OrgNode.class).setParameter("p", p)
        .getResultStream().filter(n -> tiers.contains(n.tier())).findFirst()
        .orElseThrow(() -> LmsException.invalid("path", "field.notAnAudience")).path();
  }

  private static String unit(EntityManager em, String path) {
    String p = required(path);
    return em.createQuery("SELECT u FROM Unit u WHERE u.path = :p", Unit.class).setParameter("p", p)
        .getResultStream().findFirst()
        .orElseThrow(() -> LmsException.invalid("path", "field.notAnAudience")).path();
  }

  private static String required(String path) {
    if (path == null || path.isBlank()) {
      throw LmsException.invalid("path", "field.required");
    }
    if (!OrgPath.isValid(path.strip())) {
      throw LmsException.invalid("path", "field.notAnAudience");
    }
    return path.strip();
  }

  private static Course course(EntityManager em, Long id) {
    if (id == null) {
      throw LmsException.invalid("courseId", "field.required");
    }
    Course c = em.find(Course.class, id);
    if (c == null) {
      throw LmsException.invalid("courseId", "field.unknownCourse");
    }
    return c;
  }

  private static SpecialClass specialClass(EntityManager em, Long id) {
    if (id == null) {
      throw LmsException.invalid("classId", "field.required");
    }
    SpecialClass c = em.find(SpecialClass.class, id);
    if (c == null) {
      throw LmsException.invalid("classId", "field.unknownClass");
    }
    return c;
  }

  /** The division code of the county the audience lies in, or null for a city-wide audience. */
  static String countyOf(EntityManager em, String audience) {
    List<String> above = ForumQueries.ancestors(audience);
    return em.createQuery("SELECT n.code FROM OrgNode n WHERE n.tier = :t AND n.path IN :above", String.class)
        .setParameter("t", Tier.COUNTY).setParameter("above", above)
        .getResultStream().findFirst().orElse(null);
  }
}
