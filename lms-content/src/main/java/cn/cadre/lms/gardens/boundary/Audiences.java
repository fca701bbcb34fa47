package cn.cadre.lms.gardens.boundary;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.CourseGroups;
import cn.cadre.lms.courses.control.CourseAccess;
import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.courses.entity.SpecialClass;
import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.directory.entity.Unit;
import cn.cadre.lms.gardens.control.Counties;
import cn.cadre.lms.gardens.control.GardenAccess;
import cn.cadre.lms.gardens.control.GardenDraft;
import cn.cadre.lms.gardens.control.Reader;
import cn.cadre.lms.gardens.entity.GardenAudience;
import cn.cadre.lms.gardens.entity.GardenKind;
import jakarta.persistence.EntityManager;

/**
 * Turns what a garden is opened for into its audience: the unit's, county's, course's or class's
 * path (with the course's or class's group), or the center's city. A target the opener does not
 * see is refused like an unknown one; one the opener sees but does not keep is outside scope.
 */
final class Audiences {

  private final EntityManager em;
  private final Reader reader;

  Audiences(EntityManager em, Reader reader) {
    this.em = em;
    this.reader = reader;
  }

  GardenAudience of(GardenDraft d) {
    GardenAudience a = switch (d.kind()) {
      case UNIT -> unit(required(d.unitId(), "unitId"));
      case COUNTY -> county(d.countyCode());
      case COURSE -> course(required(d.courseId(), "courseId"));
      case SPECIAL_CLASS -> specialClass(required(d.classId(), "classId"));
      case CITY -> city();
    };
    if (!GardenAccess.opens(reader.actor(), d.kind(), a.path())) {
      throw LmsException.invalid(targetField(d.kind()), "field.outsideScope");
    }
    return a;
  }

  private GardenAudience unit(long unitId) {
    Unit u = em.find(Unit.class, unitId);
    if (u == null || !reader.actor().readScope().covers(u.path())) {
      throw LmsException.invalid("unitId", "field.unknownUnit");
    }
    return new GardenAudience(u.path(), null, countyOf(u.path()), u.id());
  }

  private GardenAudience county(String code) {
    if (code == null || code.isBlank()) {
      throw LmsException.invalid("countyCode", "field.required");
    }
    OrgNode n = Counties.byCode(em, code.strip())
        .orElseThrow(() -> LmsException.invalid("countyCode", "field.unknownCounty"));
    return new GardenAudience(n.path(), null, n.code(), n.id());
  }

  private GardenAudience course(long courseId) {
    Course c = em.find(Course.class, courseId);
    if (c == null || !CourseAccess.reads(reader.actor(), reader.cadrePath(), c)) {
      throw LmsException.invalid("courseId", "field.unknownCourse");
    }
    return new GardenAudience(c.ownerPath(), CourseGroups.ofCourse(c.id()), countyOf(c.ownerPath()), c.id());
  }

  private GardenAudience specialClass(long classId) {
    SpecialClass s = em.find(SpecialClass.class, classId);
    if (s == null || !reader.actor().readScope().covers(s.ownerPath())) {
      throw LmsException.invalid("classId", "field.unknownClass");
    }
    return new GardenAudience(s.ownerPath(), CourseGroups.ofClass(s.id()), countyOf(s.ownerPath()), s.id());
  }

  private GardenAudience city() {
    String path = GardenAccess.centerPath(reader.actor());
    if (path == null) {
      throw LmsException.forbidden();
    }
    return new GardenAudience(path, null, null, null);
  }

  private String countyOf(String path) {
    return Counties.codeOf(em, path);
  }

  private static long required(Long id, String field) {
    if (id == null) {
      throw LmsException.invalid(field, "field.required");
    }
    return id;
  }

  private static String targetField(GardenKind kind) {
    return switch (kind) {
      case UNIT -> "unitId";
      case COUNTY -> "countyCode";
      case COURSE -> "courseId";
      case SPECIAL_CLASS -> "classId";
      case CITY -> "kind";
    };
  }
}
