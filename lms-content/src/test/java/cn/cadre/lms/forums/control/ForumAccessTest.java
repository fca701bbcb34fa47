package cn.cadre.lms.forums.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.courses.entity.Course;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.forums.entity.Board;
import cn.cadre.lms.forums.entity.BoardKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForumAccessTest {

  static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 4, 8, 0);
  static final String CITY = "/340600/";
  static final String SUIXI = "/340600/340621/";
  static final String UNIT = "/340600/340621/u7/";
  static final String XIANGSHAN_UNIT = "/340600/340603/u9/";

  static Board board(BoardKind kind, String path, String group) {
    return new Board(kind, "版块", null, path, group, kind == BoardKind.COURSE ? 3L : null,
        kind == BoardKind.SPECIAL_CLASS ? 5L : null, null, 1, T0);
  }

  static Reader cadre(String path, String... groups) {
    return new Reader(new Actor(10, "cadre", "学员", 100L, List.of(new Grant(Role.CADRE, path))), path, Set.of(groups));
  }

  static Reader staff(Role role, String path) {
    return new Reader(new Actor(20, "staff", "管理员", null, List.of(new Grant(role, path))), null, Set.of());
  }

  @Test
  void aCadreReadsTheBoardsAboveItsOwnPathOnly() {
    Reader cadre = cadre(UNIT);
    assertTrue(cadre.reads(board(BoardKind.CITY, CITY, null), null));
    assertTrue(cadre.reads(board(BoardKind.COUNTY, SUIXI, null), null));
    assertTrue(cadre.reads(board(BoardKind.UNIT, UNIT, null), null));
    assertFalse(cadre.reads(board(BoardKind.UNIT, XIANGSHAN_UNIT, null), null), "another county's unit");
    assertFalse(cadre.reads(board(BoardKind.UNIT, "/340600/340621/u70/", null), null), "u7 is not u70");
    assertFalse(cadre.moderates(board(BoardKind.UNIT, UNIT, null)));
  }

  @Test
  void staffArePlacedWhereTheirGrantIsButNeverIntoAnotherCounty() {
    Reader xiangshan = staff(Role.SUBCENTER_ADMIN, "/340600/340603/");
    assertTrue(xiangshan.reads(board(BoardKind.CITY, CITY, null), null), "the city-wide boards");
    assertFalse(xiangshan.moderates(board(BoardKind.CITY, CITY, null)));
    assertFalse(xiangshan.reads(board(BoardKind.COUNTY, SUIXI, null), null));
    assertFalse(xiangshan.reads(board(BoardKind.UNIT, UNIT, null), null));
    assertTrue(staff(Role.STATION_OPERATOR, "/340600/340621/340621100/340621100201/").reads(board(BoardKind.COUNTY, SUIXI, null), null));
    assertFalse(staff(Role.INSTRUCTOR, CITY).reads(board(BoardKind.SPECIAL_CLASS, CITY, "class:5"), null),
        "a class's board needs the class, or a scope that covers it");
  }

  @Test
  void aClassBoardNeedsTheClassBesideThePath() {
    Board b = board(BoardKind.SPECIAL_CLASS, SUIXI, "class:5");
    assertFalse(cadre(UNIT).reads(b, null));
    assertTrue(cadre(UNIT, "class:5").reads(b, null));
    assertTrue(staff(Role.SUBCENTER_ADMIN, SUIXI).reads(b, null), "its county's staff see it to moderate it");
  }

  @Test
  void aCourseBoardFollowsTheCourse() {
    Board b = board(BoardKind.COURSE, CITY, null);
    Course course = new Course(CITY, 1, T0);
    course.describe("课程", "教师", "类别", "", BigDecimal.ONE, false);
    assertFalse(cadre(UNIT).reads(b, course), "a draft course's board is closed to learners");
    course.publish(T0);
    assertTrue(cadre(UNIT).reads(b, course));
    assertTrue(staff(Role.INSTRUCTOR, CITY).reads(b, course), "its teachers take part");
    assertFalse(cadre(UNIT).reads(b, null), "a course that is gone");
  }

  @Test
  void staffModerateWhatTheirGrantCoversAndNamedModeratorsTheirBoards() {
    Board unit = board(BoardKind.UNIT, UNIT, null);
    assertTrue(staff(Role.CENTER_ADMIN, CITY).moderates(unit));
    assertTrue(staff(Role.SUBCENTER_ADMIN, SUIXI).moderates(unit));
    assertTrue(staff(Role.LIAISON, UNIT).moderates(unit));
    assertTrue(staff(Role.MODERATOR, CITY).moderates(unit));
    assertFalse(staff(Role.SUBCENTER_ADMIN, "/340600/340603/").moderates(unit));
    assertFalse(staff(Role.LIAISON, UNIT).moderates(board(BoardKind.COUNTY, SUIXI, null)), "a liaison keeps to its unit");
    assertFalse(staff(Role.INSTRUCTOR, CITY).moderates(unit));
    unit.nameModerators(List.of(10L));
    assertTrue(cadre(UNIT).moderates(unit));
  }

  @Test
  void theCenterOpensAnyBoardSubCentersTheirCountysAndLiaisonsTheirUnits() {
    Actor center = staff(Role.CENTER_ADMIN, CITY).actor();
    Actor suixi = staff(Role.SUBCENTER_ADMIN, SUIXI).actor();
    Actor liaison = staff(Role.LIAISON, UNIT).actor();
    assertTrue(ForumAccess.creatorScope(center, BoardKind.CITY).covers(CITY));
    assertTrue(ForumAccess.creatorScope(suixi, BoardKind.CITY).isEmpty());
    assertTrue(ForumAccess.creatorScope(suixi, BoardKind.UNIT).covers(UNIT));
    assertFalse(ForumAccess.creatorScope(suixi, BoardKind.UNIT).covers(XIANGSHAN_UNIT));
    assertTrue(ForumAccess.creatorScope(liaison, BoardKind.UNIT).covers(UNIT));
    assertTrue(ForumAccess.creatorScope(liaison, BoardKind.COUNTY).isEmpty());
    assertFalse(ForumAccess.opensBoards(cadre(UNIT).actor()));
  }
}
