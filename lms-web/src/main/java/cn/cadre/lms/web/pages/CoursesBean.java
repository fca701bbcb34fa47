package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.boundary.Enrolments;
import cn.cadre.lms.courses.control.CourseCard;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The catalog page: search and category filter, required or elective for me, enrol. */
@Named
@ViewScoped
public class CoursesBean implements Serializable {

  @Inject Courses courses;
  @Inject Enrolments enrolments;
  @Inject CurrentActor current;

  private String q;
  private String category;
  private List<String> categories = List.of();
  private List<CourseCard> list = List.of();

  @PostConstruct
  void init() {
    categories = courses.categories(current.get());
    find();
  }

  public String find() {
    list = courses.list(current.get(), category, q, null);
    return null;
  }

  public String enrol(long courseId) {
    try {
      enrolments.enrol(current.get(), courseId);
      find();
    } catch (LmsException e) {
      PageMessages.show("course", e);
    }
    return null;
  }

  public boolean isCadre() {
    return current.get().cadreId() != null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getCategories() {
    return categories;
  }

  public List<CourseCard> getList() {
    return list;
  }
}
