package cn.cadre.lms.courses.control;

import cn.cadre.lms.courses.entity.Course;
import java.math.BigDecimal;

/**
 * A course as the catalog lists it, with what it means for the caller: whether it is required of
 * the caller this year and whether the caller is enrolled.
 */
public record CourseCard(
    long id, String title, String teacher, String category, BigDecimal credits, String status,
    String ownerPath, String coverUrl, int lessons, boolean required, boolean enrolled, boolean editable) {

  public static CourseCard of(Course c, int lessons, boolean required, boolean enrolled, boolean editable) {
    return new CourseCard(c.id(), c.title(), c.teacher(), c.category(), c.credits(), c.status().name(),
        c.ownerPath(), c.coverId() == null ? null : "/api/media/" + c.coverId(), lessons, required, enrolled,
        editable);
  }
}
