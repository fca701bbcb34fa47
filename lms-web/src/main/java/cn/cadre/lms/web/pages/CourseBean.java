package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.boundary.Enrolments;
import cn.cadre.lms.courses.control.CourseDetail;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A course's page: summary, lessons with my progress, enrol, and publish for its authors. */
@Named
@ViewScoped
public class CourseBean implements Serializable {

  @Inject Courses courses;
  @Inject Enrolments enrolments;
  @Inject CurrentActor current;

  private Long id;
  private CourseDetail course;

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.course");
      return;
    }
    try {
      course = courses.detail(current.get(), id);
    } catch (LmsException e) {
      course = null;
      PageMessages.show("course", e);
    }
  }

  public String enrol() {
    try {
      enrolments.enrol(current.get(), id);
      load();
    } catch (LmsException e) {
      PageMessages.show("course", e);
    }
    return null;
  }

  public String publish() {
    try {
      courses.publish(current.get(), id);
      PageMessages.info("course.published");
      load();
    } catch (LmsException e) {
      PageMessages.show("course", e);
    }
    return null;
  }

  public boolean isCadre() {
    return current.get().cadreId() != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CourseDetail getCourse() {
    return course;
  }
}
