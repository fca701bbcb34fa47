package cn.cadre.lms.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadreTest {

  static final OrgNode CITY = new OrgNode(null, "340600", "淮北市", Tier.CITY);
  static final OrgNode SUIXI = new OrgNode(CITY, "340621", "濉溪县", Tier.COUNTY);
  static final OrgNode DUJI = new OrgNode(CITY, "340602", "杜集区", Tier.COUNTY);
  static final Unit ORG_DEPT = new Unit(1, SUIXI, "U00001", "濉溪县委组织部", UnitKind.ORGAN);
  static final Unit DUJI_GOV = new Unit(2, DUJI, "U00002", "杜集区人民政府办公室", UnitKind.ORGAN);

  static Cadre cadre() {
    return new Cadre("张伟", Gender.MALE, ORG_DEPT, "科员", Rank.BELOW_SECTION, Authority.COUNTY);
  }

  @Test
  void aCadreTakesItsUnitsPath() {
    Cadre c = cadre();
    assertEquals("/340600/340621/u1/", c.path());
    assertEquals(CadreStatus.SERVING, c.status());
  }

  @Test
  void aTransferMovesThePathAndStartsANewPosting() {
    Cadre c = cadre();
    CadrePosting old = new CadrePosting(c, ORG_DEPT, "科员", LocalDate.of(2020, 1, 1));
    old.end(LocalDate.of(2026, 3, 1));
    CadrePosting next = c.transferTo(DUJI_GOV, "副科长", LocalDate.of(2026, 3, 1));
    assertEquals("/340600/340602/u2/", c.path());
    assertEquals("副科长", c.post());
    assertTrue(next.isCurrent());
    assertFalse(old.isCurrent());
    assertEquals(DUJI_GOV, next.unit());
  }

  @Test
  void aTransferToTheSameUnitOrOfARetiredCadreIsRefused() {
    Cadre c = cadre();
    LmsException same = assertThrows(LmsException.class, () -> c.transferTo(ORG_DEPT, "科员", LocalDate.now()));
    assertEquals("unitId", same.fields().get(0).field());
    c.changeStatus(CadreStatus.RETIRED);
    LmsException retired = assertThrows(LmsException.class, () -> c.transferTo(DUJI_GOV, "科员", LocalDate.now()));
    assertEquals(409, retired.status());
  }

  @Test
  void blankOrOverlongFieldsAreRefusedNamingTheField() {
    LmsException blank =
        assertThrows(LmsException.class, () -> new Cadre(" ", Gender.MALE, ORG_DEPT, "科员", Rank.SECTION, Authority.CITY));
    assertEquals("name", blank.fields().get(0).field());
    assertEquals("field.required", blank.fields().get(0).key());
    LmsException longPost =
        assertThrows(LmsException.class, () -> new Cadre("李", Gender.MALE, ORG_DEPT, "长".repeat(61), Rank.SECTION, Authority.CITY));
    assertEquals("post", longPost.fields().get(0).field());
    assertEquals("field.tooLong", longPost.fields().get(0).key());
    LmsException noRank =
        assertThrows(LmsException.class, () -> new Cadre("李", Gender.MALE, ORG_DEPT, "科员", null, Authority.CITY));
    assertEquals("rank", noRank.fields().get(0).field());
  }

  @Test
  void aPostingCannotEndBeforeItStartedOrTwice() {
    CadrePosting p = new CadrePosting(cadre(), ORG_DEPT, "科员", LocalDate.of(2024, 5, 1));
    assertThrows(LmsException.class, () -> p.end(LocalDate.of(2024, 4, 30)));
    p.end(LocalDate.of(2024, 6, 1));
    assertThrows(LmsException.class, () -> p.end(LocalDate.of(2024, 7, 1)));
  }

  @Test
  void aProvinceCanBeTheRootWithCitiesBelowIt() {
    OrgNode anhui = new OrgNode(null, "340000", "安徽省", Tier.PROVINCE);
    OrgNode huaibei = new OrgNode(anhui, "340600", "淮北市", Tier.CITY);
    assertEquals("/340000/340600/", huaibei.path());
    assertThrows(IllegalArgumentException.class, () -> new OrgNode(null, "340621", "濉溪县", Tier.COUNTY));
    assertThrows(IllegalArgumentException.class, () -> new OrgNode(anhui, "340621", "濉溪县", Tier.COUNTY));
  }

  @Test
  void theTreeRefusesNodesAtTheWrongLevel() {
    assertThrows(IllegalArgumentException.class, () -> new OrgNode(CITY, "340621100", "镇", Tier.TOWNSHIP));
    assertThrows(IllegalArgumentException.class, () -> new OrgNode(null, "34", "x", Tier.CITY));
    OrgNode town = new OrgNode(SUIXI, "340621100", "濉溪镇", Tier.TOWNSHIP);
    assertEquals("/340600/340621/340621100/", town.path());
    assertThrows(IllegalArgumentException.class, () -> new Station(9, town, "RS1", "站", StationKind.RECEIVING_STATION));
  }
}
