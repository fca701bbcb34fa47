package cn.cadre.lms.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.demo.DemoSpec;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.directory.control.CadreQuery;
import cn.cadre.lms.directory.control.PeopleIndex;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.control.TreeEntry;
import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.testing.MariaDb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory's queries on real MariaDB: the Flyway migrations apply, the demo loads, and the
 * scope filter holds in SQL exactly as in code. EclipseLink runs outside the server here
 * (resource-local), with the persistence unit the platform ships.
 */
class DirectoryQueriesIT {

  static final String SUIXI = "/340600/340621/";
  static final String XIANGSHAN = "/340600/340603/";

  static MariaDb db;
  static EntityManagerFactory emf;
  static EntityManager em;
  static Directory directory;
  static Actor suixi = new Actor(1, "suixi", "S", null, List.of(new Grant(Role.SUBCENTER_ADMIN, SUIXI)));
  static Actor center = new Actor(2, "admin", "A", null, List.of(new Grant(Role.CENTER_ADMIN, "/340600/")));

  @BeforeAll
  static void migrateAndLoad() throws SQLException {
    db = MariaDb.withDemo("lms_q", DemoSpec.huaibei());
    emf = db.persistenceUnit();
    em = emf.createEntityManager();
    directory = new Directory();
    directory.em = em;
    directory.index = new PeopleIndex();
    try (Connection c = db.connect()) {
      directory.index.rebuild(c);
    }
  }

  @AfterAll
  static void drop() throws Exception {
    if (directory != null) {
      directory.index.close();
    }
    if (em != null) {
      em.close();
      emf.close();
    }
    if (db != null) {
      db.close();
    }
  }

  long sql(String query) {
    return ((Number) em.createNativeQuery(query).getSingleResult()).longValue();
  }

  @Test
  void aCountyAdminsSearchReturnsExactlyTheCountysCadres() {
    long inSuixi = sql("SELECT COUNT(*) FROM cadre WHERE path LIKE '" + SUIXI + "%'");
    assertEquals(inSuixi, directory.count(suixi));
    var page = directory.search(suixi, CadreQuery.all(0, 100));
    assertEquals(inSuixi, page.total(), "the index holds exactly what the database holds");
    assertEquals(100, page.items().size());
    assertTrue(page.items().stream().allMatch(c -> c.path().startsWith(SUIXI)));
    long unit = sql("SELECT MIN(unit_id) FROM cadre WHERE path LIKE '" + SUIXI + "%'");
    var oneUnit = directory.search(suixi, new CadreQuery(null, unit, null, null, null, 0, 100));
    assertEquals(sql("SELECT COUNT(*) FROM cadre WHERE unit_id = " + unit), oneUnit.total());
  }

  @Test
  void theTreeCountsAddUpAndStopAtTheScope() {
    List<TreeEntry> roots = directory.roots(suixi);
    assertEquals(1, roots.size());
    assertEquals("濉溪县", roots.get(0).name());
    long underSuixi = directory.children(suixi, roots.get(0).id()).stream().mapToLong(TreeEntry::cadres).sum();
    assertEquals(roots.get(0).cadres(), underSuixi, "townships and county units add up to the county");
    long cityId = sql("SELECT id FROM org_node WHERE code = '340600'");
    List<TreeEntry> seenFromCity = directory.children(suixi, cityId);
    assertEquals(List.of("濉溪县"), seenFromCity.stream().map(TreeEntry::name).toList(), "no other county, no city unit");
    assertEquals(4, directory.children(center, cityId).stream().filter(e -> "NODE".equals(e.kind())).count());
    long village = sql("SELECT MIN(village_id) FROM station WHERE kind = 'INFO_POINT' AND path LIKE '" + SUIXI + "%'");
    List<String> kinds = directory.children(suixi, village).stream().map(e -> e.kind() + ":" + e.tier()).toList();
    assertTrue(kinds.contains("STATION:RECEIVING_STATION") && kinds.contains("STATION:INFO_POINT"), kinds.toString());
    Actor xiangshan = new Actor(3, "x", "X", null, List.of(new Grant(Role.SUBCENTER_ADMIN, XIANGSHAN)));
    assertEquals(404, assertThrows(LmsException.class, () -> directory.children(xiangshan, village)).status());
  }

  @Test
  void anotherCountysNodeOrCadreAnswersNotFound() {
    long xiangshanNode = sql("SELECT id FROM org_node WHERE code = '340603'");
    long xiangshanCadre = sql("SELECT MIN(id) FROM cadre WHERE path LIKE '" + XIANGSHAN + "%'");
    assertEquals(404, assertThrows(LmsException.class, () -> directory.children(suixi, xiangshanNode)).status());
    assertEquals(404, assertThrows(LmsException.class, () -> directory.cadre(suixi, xiangshanCadre)).status());
    assertEquals(404, assertThrows(LmsException.class, () -> directory.postings(suixi, xiangshanCadre)).status());
    assertEquals(404, assertThrows(LmsException.class,
        () -> directory.search(suixi, new CadreQuery(null, null, xiangshanNode, null, null, 0, 10))).status());
    assertEquals(404, assertThrows(LmsException.class, () -> directory.cadre(suixi, 987654321L)).status());
  }

  @Test
  void textRankAndStatusFiltersCombine() {
    var page = directory.search(center, new CadreQuery("王", null, null, Rank.SECTION, CadreStatus.SERVING, 0, 50));
    assertTrue(page.total() > 0);
    assertEquals(
        sql("SELECT COUNT(*) FROM cadre WHERE name LIKE '%王%' AND cadre_rank = 'SECTION' AND status = 'SERVING'"),
        page.total());
    assertTrue(page.items().stream().allMatch(c -> c.name().contains("王") && c.rank().equals("SECTION")));
    var names = page.items().stream().map(c -> c.name()).toList();
    assertEquals(names.stream().sorted().toList(), names, "the list is ordered by name");
    var none = directory.search(center, new CadreQuery("不存在的名字", null, null, null, null, 0, 10));
    assertEquals(0, none.total());
  }

  @Test
  void aTransferKeepsTheHistoryInTheDatabase() {
    long cadreId = sql("SELECT MIN(id) FROM cadre WHERE path LIKE '" + SUIXI + "%' AND status = 'SERVING'");
    long target = sql("SELECT MIN(id) FROM unit WHERE path LIKE '" + SUIXI + "%' AND id <> (SELECT unit_id FROM cadre WHERE id = " + cadreId + ")");
    em.getTransaction().begin();
    directory.transfer(suixi, cadreId, target, "副主任", LocalDate.of(2026, 11, 1));
    em.getTransaction().commit();
    em.clear();
    var postings = directory.postings(suixi, cadreId);
    assertEquals(2, postings.size());
    assertFalse(postings.get(0).isCurrent());
    assertEquals(LocalDate.of(2026, 11, 1), postings.get(0).endedOn());
    assertTrue(postings.get(1).isCurrent());
    assertEquals(target, postings.get(1).unit().id());
    assertEquals(target, directory.cadre(suixi, cadreId).unitId());
    // what the people index is told after commit: the cadre now lists under the new unit
    directory.index.upsert(List.of(CadreCard.of(directory.cadre(suixi, cadreId))));
    var inTarget = directory.search(suixi, new CadreQuery(null, target, null, null, null, 0, 100));
    assertTrue(inTarget.items().stream().anyMatch(c -> c.id() == cadreId));
    assertEquals(sql("SELECT COUNT(*) FROM cadre WHERE path LIKE '" + SUIXI + "%'"), directory.count(suixi),
        "an update replaces the cadre's document, never adds a second");
  }
}
