package cn.cadre.lms.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.directory.entity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeTest {

  static final String CITY = "/340600/";
  static final String SUIXI = "/340600/340621/";
  static final String XIANGSHAN = "/340600/340603/";
  static final String SUIXI_UNIT = SUIXI + "340621100/u12/";

  @Test
  void aCountyScopeCoversItsOwnPeopleAndNoOtherCounty() {
    Scope suixi = Scope.of(List.of(SUIXI));
    assertTrue(suixi.covers(SUIXI_UNIT));
    assertTrue(suixi.covers(SUIXI));
    assertFalse(suixi.covers(XIANGSHAN + "u3/"));
    assertFalse(suixi.covers(CITY), "a county does not reach up to the city");
  }

  @Test
  void prefixesMatchWholeSegmentsOnly() {
    // '/340600/34062/' must not cover '/340600/340621/': paths end with '/' for this reason
    Scope scope = Scope.of(List.of("/340600/34062/"));
    assertFalse(scope.covers(SUIXI));
  }

  @Test
  void nestedPrefixesCollapseToTheOutermost() {
    Scope scope = Scope.of(List.of(SUIXI_UNIT, SUIXI, XIANGSHAN));
    assertEquals(List.of(XIANGSHAN, SUIXI), scope.prefixes());
  }

  @Test
  void anEmptyScopeSeesNothingAndItsSqlIsAlwaysFalse() {
    Scope none = Scope.of(List.of());
    assertTrue(none.isEmpty());
    assertFalse(none.covers(SUIXI));
    assertEquals("1 = 0", none.where("c").jpql());
  }

  @Test
  void theSqlConditionBindsOnePrefixPerParameter() {
    Scope.Condition c = Scope.of(List.of(SUIXI, XIANGSHAN)).where("c");
    assertEquals("(c.path LIKE :scope0 OR c.path LIKE :scope1)", c.jpql());
    assertEquals(Map.of("scope0", XIANGSHAN + "%", "scope1", SUIXI + "%"), c.params());
  }

  @Test
  void narrowingToANodeOutsideTheScopeGivesNothing() {
    Scope suixi = Scope.of(List.of(SUIXI));
    assertTrue(suixi.within(XIANGSHAN).isEmpty());
    assertEquals(List.of(SUIXI_UNIT), suixi.within(SUIXI_UNIT).prefixes());
    assertEquals(List.of(SUIXI), Scope.of(List.of(SUIXI)).within(CITY).prefixes());
  }

  @Test
  void malformedPathsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Scope.of(List.of("/340600")));
    assertThrows(IllegalArgumentException.class, () -> Scope.of(List.of("/340600/%/")));
    assertThrows(IllegalArgumentException.class, () -> Scope.of(List.of("340600/")));
  }

  @Test
  void onlyDirectoryRolesGiveAReadScopeAndOnlyAdminsAManageScope() {
    Actor liaison = new Actor(1, "l", "L", 7L, List.of(new Grant(Role.LIAISON, SUIXI_UNIT), new Grant(Role.CADRE, SUIXI_UNIT)));
    assertTrue(liaison.readScope().covers(SUIXI_UNIT));
    assertTrue(liaison.manageScope().isEmpty());
    Actor teacher = new Actor(2, "t", "T", null, List.of(new Grant(Role.INSTRUCTOR, CITY)));
    assertTrue(teacher.readScope().isEmpty(), "an instructor does not browse the directory");
    Actor admin = new Actor(3, "a", "A", null, List.of(new Grant(Role.SUBCENTER_ADMIN, SUIXI)));
    assertTrue(admin.manageScope().covers(SUIXI_UNIT));
    assertFalse(admin.manageScope().covers(XIANGSHAN));
  }
}
