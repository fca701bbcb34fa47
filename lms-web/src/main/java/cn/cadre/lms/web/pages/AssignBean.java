package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Assignments;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.control.CourseCard;
import cn.cadre.lms.courses.entity.Audience;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The assignment form: make a published course required this year for everyone under a path in
 * my scope, or for one rank there, with a deadline.
 */
@Named
@ViewScoped
public class AssignBean implements Serializable {

  @Inject Assignments assignments;
  @Inject Courses courses;
  @Inject CurrentActor current;

  private Long courseId;
  private Rank rank;
  private String path;
  private LocalDate dueOn;
  private List<CourseCard> published = List.of();

  @PostConstruct
  void init() {
    published = courses.list(current.get(), null, null, CourseStatus.PUBLISHED);
    var scope = current.get().manageScope();
    path = scope.isEmpty() ? null : scope.prefixes().get(0);
  }

  public String assign() {
    if (courseId == null) {
      PageMessages.field("assign:courseId", "field.required");
      return null;
    }
    try {
      assignments.assign(current.get(), courseId, ChinaTime.today().getYear(),
          rank == null ? Audience.PATH : Audience.RANK, rank, path, null, dueOn);
      PageMessages.info("assign.done");
    } catch (LmsException e) {
      PageMessages.show("assign", e);
    }
    return null;
  }

  public Rank[] getRanks() {
    return Rank.values();
  }

  public List<CourseCard> getPublished() {
    return published;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Rank getRank() {
    return rank;
  }

  public void setRank(Rank rank) {
    this.rank = rank;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
