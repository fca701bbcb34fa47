package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.courses.boundary.Courses;
import cn.cadre.lms.courses.control.CourseCard;
import cn.cadre.lms.courses.entity.CourseStatus;
import cn.cadre.lms.gardens.boundary.Gardens;
import cn.cadre.lms.gardens.control.GardenAccess;
import cn.cadre.lms.gardens.control.GardenCard;
import cn.cadre.lms.gardens.control.GardenDraft;
import cn.cadre.lms.gardens.entity.GardenKind;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The gardens I read, by kind, and opening a garden for keepers (liaisons, sub-centers, the center). */
@Named
@ViewScoped
public class GardensBean implements Serializable {

  @Inject Gardens gardens;
  @Inject Courses courses;
  @Inject UnitChoices units;
  @Inject CurrentActor current;

  private GardenKind kind;
  private List<GardenCard> list;
  private GardenKind openKind = GardenKind.UNIT;
  private String name;
  private String description;
  private String unit;
  private String countyCode;
  private Long courseId;
  private Long classId;
  private List<CourseCard> courseChoices;

  public void load() {
    list = gardens.list(current.get(), kind);
  }

  public String open() {
    try {
      // a unit typed but not chosen from the list is sent as an unknown id, refused next to the field
      Long unitId = unit == null || unit.isBlank() ? null : units.chosen(unit).map(u -> u.id()).orElse(-1L);
      GardenCard card = gardens.open(current.get(),
          new GardenDraft(openKind, name, description, unitId, countyCode, courseId, classId));
      PageMessages.info("gardens.opened");
      return "/garden?faces-redirect=true&id=" + card.id();
    } catch (LmsException e) {
      PageMessages.show("open", e);
      return null;
    }
  }

  public boolean isKeeper() {
    return !GardenAccess.keeperScope(current.get()).isEmpty();
  }

  /** Published courses the keeper sees, for a course garden. */
  public List<CourseCard> getCourses() {
    if (courseChoices == null) {
      courseChoices = courses.list(current.get(), null, null, CourseStatus.PUBLISHED);
    }
    return courseChoices;
  }

  public GardenKind[] getKinds() {
    return GardenKind.values();
  }

  public List<GardenCard> getList() {
    return list;
  }

  public GardenKind getKind() {
    return kind;
  }

  public void setKind(GardenKind kind) {
    this.kind = kind;
  }

  public GardenKind getOpenKind() {
    return openKind;
  }

  public void setOpenKind(GardenKind openKind) {
    this.openKind = openKind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public void setCountyCode(String countyCode) {
    this.countyCode = countyCode;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Long getClassId() {
    return classId;
  }

  public void setClassId(Long classId) {
    this.classId = classId;
  }
}
