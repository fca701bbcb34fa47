package cn.cadre.lms.gardens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.gardens.entity.Garden;
import cn.cadre.lms.gardens.entity.GardenAudience;
import cn.cadre.lms.gardens.entity.GardenKind;
import cn.cadre.lms.gardens.entity.Standing;
import cn.cadre.lms.search.control.Visibility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who reads, posts in and keeps a garden, and that reading is the search contract's rule itself. */
class GardenAccessTest {

  static final String CITY = "/340600/";
  static final String SUIXI = "/340600/340621/";
  static final String UNIT = "/340600/340621/u12/";
  static final String XIANGSHAN_UNIT = "/340600/340603/u40/";

  static final Garden UNIT_GARDEN = garden(GardenKind.UNIT, UNIT, null);
  static final Garden COUNTY_GARDEN = garden(GardenKind.COUNTY, SUIXI, null);
  static final Garden CITY_GARDEN = garden(GardenKind.CITY, CITY, null);
  static final Garden COURSE_GARDEN = garden(GardenKind.COURSE, CITY, "course:7");

  static Garden garden(GardenKind kind, String path, String group) {
    return new Garden(kind, "园地", "", new GardenAudience(path, group, null, null), 1, LocalDateTime.of(2026, 1, 1, 0, 0));
  }

  static Reader cadre(String path, String... groups) {
    return new Reader(new Actor(1, "c", "干部", 100L, List.of(new Grant(Role.CADRE, path))), path, () -> Set.of(groups));
  }

  static Reader staff(Role role, String path, String ownPath) {
    List<Grant> grants = ownPath == null ? List.of(new Grant(role, path))
        : List.of(new Grant(role, path), new Grant(Role.CADRE, ownPath));
    return new Reader(new Actor(2, "s", "管理员", ownPath == null ? null : 101L, grants), ownPath, Set::of);
  }

  @Test
  void aCadreOfTheUnitIsAMemberAndACadreOfAnotherCountySeesNothing() {
    assertEquals(new Standing(1, true, true, false), GardenAccess.standing(cadre(UNIT), UNIT_GARDEN));
    assertEquals(new Standing(1, false, false, false), GardenAccess.standing(cadre(XIANGSHAN_UNIT), UNIT_GARDEN));
    assertFalse(GardenAccess.standing(cadre(XIANGSHAN_UNIT), COUNTY_GARDEN).reads());
    assertTrue(GardenAccess.standing(cadre(XIANGSHAN_UNIT), CITY_GARDEN).member());
    assertFalse(GardenAccess.standing(cadre("/340600/340621/u13/"), UNIT_GARDEN).reads(), "another unit of the county");
  }

  @Test
  void theUnitsLiaisonKeepsItsGardenAndIsAMemberAsACadre() {
    Standing liaison = GardenAccess.standing(staff(Role.LIAISON, UNIT, UNIT), UNIT_GARDEN);
    assertEquals(new Standing(2, true, true, true), liaison);
    assertFalse(GardenAccess.standing(staff(Role.LIAISON, UNIT, UNIT), COUNTY_GARDEN).manages());
    assertTrue(GardenAccess.standing(staff(Role.LIAISON, UNIT, UNIT), COUNTY_GARDEN).member());
  }

  @Test
  void subCentersAndTheCenterKeepButDoNotPost() {
    assertEquals(new Standing(2, true, false, true), GardenAccess.standing(staff(Role.SUBCENTER_ADMIN, SUIXI, null), UNIT_GARDEN));
    // a county's scope does not cover the city's audience, but its administrator stands in the
    // city as every reader of the county does: reads the city's garden, keeps nothing there
    Standing cityGarden = GardenAccess.standing(staff(Role.SUBCENTER_ADMIN, SUIXI, null), CITY_GARDEN);
    assertTrue(cityGarden.reads());
    assertFalse(cityGarden.manages());
    assertEquals(new Standing(2, true, false, true), GardenAccess.standing(staff(Role.CENTER_ADMIN, CITY, null), CITY_GARDEN));
    assertEquals(new Standing(2, true, false, false),
        GardenAccess.standing(staff(Role.STATION_OPERATOR, SUIXI, null), COUNTY_GARDEN), "reads, keeps nothing");
    assertTrue(GardenAccess.standing(staff(Role.INSTRUCTOR, CITY, null), CITY_GARDEN).reads(), "stands in the city");
    assertFalse(GardenAccess.standing(staff(Role.INSTRUCTOR, CITY, null), UNIT_GARDEN).reads(), "not a unit's");
  }

  @Test
  void aCourseGardenIsForItsEnrolledCadresOnly() {
    assertEquals(new Standing(1, true, true, false), GardenAccess.standing(cadre(UNIT, "course:7"), COURSE_GARDEN));
    assertEquals(new Standing(1, false, false, false), GardenAccess.standing(cadre(UNIT, "course:8", "class:7"), COURSE_GARDEN));
    assertTrue(GardenAccess.standing(staff(Role.CENTER_ADMIN, CITY, null), COURSE_GARDEN).manages());
  }

  @Test
  void readingIsTheSearchContractsVisibility() {
    for (Garden g : List.of(UNIT_GARDEN, COUNTY_GARDEN, CITY_GARDEN, COURSE_GARDEN)) {
      var post = GardenSearch.post(g.audience(), 5, 9, "标题", "正文", Instant.EPOCH);
      for (Reader r : List.of(cadre(UNIT), cadre(XIANGSHAN_UNIT), cadre(UNIT, "course:7"),
          staff(Role.SUBCENTER_ADMIN, SUIXI, null), staff(Role.LIAISON, UNIT, UNIT))) {
        var v = Visibility.of(r.actor(), r.cadrePath(), r.groups());
        assertEquals(v.sees(post), GardenAccess.standing(r, g).reads(), g.kind() + " for " + r.cadrePath());
      }
    }
    assertEquals("garden.xhtml?id=5#post-9", GardenSearch.post(UNIT_GARDEN.audience(), 5, 9, "t", "", Instant.EPOCH).link());
  }

  @Test
  void keepersOpenWithinTheirScopeAndOnlyTheCenterCityWide() {
    Actor liaison = staff(Role.LIAISON, UNIT, UNIT).actor();
    assertTrue(GardenAccess.opens(liaison, GardenKind.UNIT, UNIT));
    assertFalse(GardenAccess.opens(liaison, GardenKind.COUNTY, SUIXI));
    Actor suixi = staff(Role.SUBCENTER_ADMIN, SUIXI, null).actor();
    assertTrue(GardenAccess.opens(suixi, GardenKind.COUNTY, SUIXI));
    assertFalse(GardenAccess.opens(suixi, GardenKind.UNIT, XIANGSHAN_UNIT));
    assertFalse(GardenAccess.opens(suixi, GardenKind.CITY, SUIXI), "a city-wide garden is the center's");
    assertNull(GardenAccess.centerPath(suixi));
    Actor center = staff(Role.CENTER_ADMIN, CITY, null).actor();
    assertEquals(CITY, GardenAccess.centerPath(center));
    assertTrue(GardenAccess.opens(center, GardenKind.CITY, CITY));
    assertFalse(GardenAccess.opens(cadre(UNIT).actor(), GardenKind.UNIT, UNIT));
  }

  @Test
  void enclosingPathsRunFromTheRootDown() {
    assertEquals(List.of(CITY, SUIXI, UNIT), Counties.enclosing(UNIT));
    assertEquals(List.of(), Counties.enclosing(null));
  }
}
