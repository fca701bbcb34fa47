package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.ChinaTime;
import cn.cadre.lms.courses.boundary.Enrolments;
import cn.cadre.lms.courses.control.MyCourses;

import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.directory.control.TreeEntry;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: who I am, my roles and where they reach, how many cadres I oversee. */
@Named
@RequestScoped
public class HomeBean {

  @Inject CurrentActor current;
  @Inject Directory directory;
  @Inject Enrolments enrolments;

  public record RoleRow(String role, String scopeName) {}

  private List<RoleRow> roles;
  private CadreCard myRecord;
  private MyCourses myCourses;

  public Actor getMe() {
    return current.get();
  }

  public boolean isReadsDirectory() {
    return current.signedIn() && !current.get().readScope().isEmpty();
  }

  /** May create and publish courses: the center, instructors and sub-centers. */
  public boolean isAuthorsCourses() {
    return current.signedIn() && !cn.cadre.lms.courses.control.CourseAccess.authorScope(current.get()).isEmpty();
  }

  public boolean isManagesPeople() {
    return current.signedIn() && !current.get().manageScope().isEmpty();
  }

  public List<RoleRow> getRoles() {
    if (roles == null) {
      List<TreeEntry> roots = isReadsDirectory() ? directory.roots(current.get()) : List.of();
      roles =
          current.get().grants().stream()
              .map(g -> new RoleRow(g.role().name(), roots.stream()
                  .filter(r -> g.path().startsWith(r.path()))
                  .map(TreeEntry::name)
                  .findFirst()
                  .orElse(g.path())))
              .toList();
    }
    return roles;
  }

  /** The caller's own cadre record, for a cadre's home page; null for accounts without one. */
  public CadreCard getMyRecord() {
    if (myRecord == null && current.get().cadreId() != null) {
      myRecord = CadreCard.of(directory.cadre(current.get(), current.get().cadreId()));
    }
    return myRecord;
  }

  public long getCadresInScope() {
    return directory.count(current.get());
  }

  /** The year the home page reports on: the current assessment year, China time. */
  public int getYear() {
    return ChinaTime.today().getYear();
  }

  /** My required courses due, in progress and completed this year; null for accounts without a cadre. */
  public MyCourses getMyCourses() {
    if (myCourses == null && current.get().cadreId() != null) {
      myCourses = enrolments.myCourses(current.get(), getYear());
    }
    return myCourses;
  }
}
