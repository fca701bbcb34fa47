package cn.cadre.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HuaibeiDemoTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String LIAISON_UNIT = "u.kind <> 'VILLAGE_COMMITTEE'";

  private static Connection huaibei;
  private static DemoSummary summary;

  @BeforeAll
  static void loadHuaibei() throws SQLException {
    huaibei = migrated();
    long start = System.nanoTime();
    summary = HuaibeiDemo.load(huaibei, DemoSpec.huaibei(), "x");
    System.out.printf("Huaibei demo (4,128 cadres) loaded in %d ms: %s%n",
        (System.nanoTime() - start) / 1_000_000, summary);
  }

  @AfterAll
  static void close() throws SQLException {
    shutdown(huaibei);
    huaibei.close();
  }

  @Test
  void treeHasTheCityItsCountiesTownshipsAndVillages() throws SQLException {
    assertEquals(1, count("SELECT COUNT(*) FROM org_node WHERE tier = 'CITY' AND code = '340600'"
        + " AND name = '淮北市' AND path = '/340600/' AND parent_id IS NULL"));
    assertEquals(4, count("SELECT COUNT(*) FROM org_node WHERE tier = 'COUNTY'"
        + " AND code IN ('340602', '340603', '340604', '340621')"));
    assertEquals(5, count("SELECT COUNT(*) FROM org_node WHERE tier IN ('CITY', 'COUNTY')"));
    assertEquals(29, count("SELECT COUNT(*) FROM org_node WHERE tier = 'TOWNSHIP'"));
    assertEquals(526, count("SELECT COUNT(*) FROM org_node WHERE tier = 'VILLAGE'"));
    assertEquals(1, count("SELECT COUNT(*) FROM org_node WHERE code = '340621100' AND name = '濉溪镇'"
        + " AND path = '/340600/340621/340621100/'"));
    assertEquals(0, count("SELECT COUNT(*) FROM org_node WHERE tier = 'VILLAGE' AND LENGTH(code) <> 12"));
    assertTrue(count("SELECT COUNT(*) FROM org_node WHERE tier = 'VILLAGE'"
        + " AND path LIKE '/340600/340621/%'") > 263, "most villages are in rural Suixi");
    // Village names are unique within their township.
    assertEquals(526, count("SELECT COUNT(*) FROM (SELECT DISTINCT parent_id, name FROM org_node"
        + " WHERE tier = 'VILLAGE') t"));
    assertEquals(summary.nodes(), count("SELECT COUNT(*) FROM org_node"));
  }

  @Test
  void everyPathExtendsItsParentsPath() throws SQLException {
    assertEquals(0, count("SELECT COUNT(*) FROM org_node n JOIN org_node p ON p.id = n.parent_id"
        + " WHERE n.path <> CONCAT(p.path, n.code, '/')"
        + " OR n.tier IN ('TOWNSHIP', 'VILLAGE') AND n.code NOT LIKE CONCAT(p.code, '___')"
        + " OR n.tier = 'COUNTY' AND n.code NOT LIKE '3406__'"));
    assertEquals(1, count("SELECT COUNT(*) FROM org_node WHERE parent_id IS NULL"));
    assertEquals(0, count("SELECT COUNT(*) FROM unit u JOIN org_node n ON n.id = u.node_id"
        + " WHERE u.path <> CONCAT(n.path, 'u', u.id, '/')"));
    assertEquals(0, count("SELECT COUNT(*) FROM station s JOIN org_node n ON n.id = s.village_id"
        + " WHERE s.path <> CONCAT(n.path, 's', s.id, '/') OR n.tier <> 'VILLAGE'"));
    assertEquals(0, count("SELECT COUNT(*) FROM cadre c JOIN unit u ON u.id = c.unit_id"
        + " WHERE c.path <> u.path"));
    assertEquals(0, count("SELECT COUNT(*) FROM person p JOIN cadre c ON c.id = p.cadre_id"
        + " WHERE p.home_path <> c.path OR p.display_name <> c.name"));
    assertEquals(0, count("SELECT COUNT(*) FROM role_grant g JOIN person p ON p.id = g.person_id"
        + " WHERE g.scope_path NOT LIKE CONCAT(p.home_path, '%') AND p.home_path NOT LIKE CONCAT(g.scope_path, '%')"));
  }

  @Test
  void stationsAndUnits() throws SQLException {
    assertEquals(526, count("SELECT COUNT(*) FROM station WHERE kind = 'RECEIVING_STATION'"));
    assertEquals(318, count("SELECT COUNT(*) FROM station WHERE kind = 'INFO_POINT'"));
    assertEquals(526, count("SELECT COUNT(DISTINCT village_id) FROM station WHERE kind = 'RECEIVING_STATION'"));
    assertEquals(318, count("SELECT COUNT(DISTINCT village_id) FROM station WHERE kind = 'INFO_POINT'"));
    assertEquals(0, count("SELECT COUNT(*) FROM station s JOIN org_node v ON v.id = s.village_id"
        + " WHERE s.code <> CONCAT(CASE s.kind WHEN 'INFO_POINT' THEN 'IP' ELSE 'RS' END, v.code)"));
    assertEquals(320, count("SELECT COUNT(*) FROM unit u WHERE " + LIAISON_UNIT));
    assertEquals(526, count("SELECT COUNT(*) FROM unit u JOIN org_node n ON n.id = u.node_id"
        + " WHERE u.kind = 'VILLAGE_COMMITTEE' AND n.tier = 'VILLAGE' AND u.name = CONCAT(n.name, '村民委员会')"));
    assertEquals(29, count("SELECT COUNT(*) FROM unit u JOIN org_node n ON n.id = u.node_id"
        + " WHERE u.kind = 'TOWNSHIP_GOV' AND n.tier = 'TOWNSHIP'"));
    assertEquals(5, count("SELECT COUNT(DISTINCT kind) FROM unit"));
    assertEquals(1, count("SELECT COUNT(*) FROM unit WHERE id = 1 AND code = 'U00001'"));
    assertEquals(1, count("SELECT COUNT(*) FROM unit u JOIN org_node n ON n.id = u.node_id"
        + " WHERE u.name = '濉溪县委组织部' AND n.code = '340621'"));
  }

  @Test
  void cadresMixRanksGendersAndStatuses() throws SQLException {
    assertEquals(4128, count("SELECT COUNT(*) FROM cadre"));
    assertEquals(4128, count("SELECT COUNT(DISTINCT cadre_id) FROM cadre_posting WHERE ended_on IS NULL"));
    assertEquals(4128, count("SELECT COUNT(*) FROM cadre_posting p JOIN cadre c ON c.id = p.cadre_id"
        + " WHERE p.unit_id = c.unit_id AND p.post = c.post"
        + " AND p.started_on BETWEEN DATE '2005-01-01' AND DATE '2026-12-31'"));
    assertBand("cadre_rank = 'COUNTY'", 0.05, 0.09);
    assertBand("cadre_rank = 'SECTION'", 0.34, 0.42);
    assertBand("cadre_rank = 'BELOW_SECTION'", 0.50, 0.60);
    assertBand("gender = 'FEMALE'", 0.25, 0.35);
    assertBand("status = 'SERVING'", 0.92, 0.98);
    assertBand("unit_id IN (SELECT id FROM unit WHERE kind = 'VILLAGE_COMMITTEE')", 0.13, 0.17);
    assertTrue(count("SELECT COUNT(*) FROM cadre WHERE status = 'RETIRED'") > 0);
    assertTrue(count("SELECT COUNT(*) FROM cadre WHERE status = 'TRANSFERRED'") > 0);
    assertEquals(0, count("SELECT COUNT(*) FROM cadre c JOIN unit u ON u.id = c.unit_id"
        + " WHERE u.kind = 'VILLAGE_COMMITTEE' AND c.cadre_rank <> 'BELOW_SECTION'"));
    // Authority: the city manages county-level cadres and everyone in city-node units.
    assertEquals(0, count("SELECT COUNT(*) FROM cadre c JOIN unit u ON u.id = c.unit_id"
        + " JOIN org_node n ON n.id = u.node_id WHERE c.authority <> CASE"
        + " WHEN c.cadre_rank = 'COUNTY' OR n.tier = 'CITY' THEN 'CITY' ELSE 'COUNTY' END"));
    assertEquals(0, count("SELECT COUNT(*) FROM cadre WHERE version <> 0 OR LENGTH(name) NOT BETWEEN 2 AND 3"));
    assertTrue(count("SELECT COUNT(*) FROM cadre WHERE post = '村党支部书记'") > 400);
  }

  @Test
  void everyLiaisonUnitHasCadresAndExactlyOneLiaison() throws SQLException {
    assertEquals(320, summary.liaisons());
    assertEquals(320, count("SELECT COUNT(DISTINCT person_id) FROM role_grant WHERE role_name = 'LIAISON'"));
    assertEquals(320, count("SELECT COUNT(*) FROM role_grant WHERE role_name = 'LIAISON'"));
    assertEquals(0, count("SELECT COUNT(*) FROM unit u WHERE " + LIAISON_UNIT
        + " AND (SELECT COUNT(*) FROM cadre c WHERE c.unit_id = u.id) < 3"));
    assertEquals(0, count("SELECT COUNT(*) FROM unit u WHERE " + LIAISON_UNIT
        + " AND (SELECT COUNT(*) FROM role_grant g JOIN person p ON p.id = g.person_id"
        + " JOIN cadre c ON c.id = p.cadre_id WHERE g.role_name = 'LIAISON' AND g.scope_path = u.path"
        + " AND c.unit_id = u.id AND c.status = 'SERVING') <> 1"));
  }

  @Test
  void peopleAndTheirGrants() throws SQLException {
    int persons = 4128 + 526 + 6;
    assertEquals(persons, summary.persons());
    assertEquals(persons, count("SELECT COUNT(*) FROM person WHERE password_hash = 'x' AND failed_attempts = 0"
        + " AND locked_until IS NULL AND must_change_password = FALSE AND version = 0"));
    assertEquals(4128, count("SELECT COUNT(*) FROM person WHERE cadre_id IS NOT NULL"));
    // every cadre signs in as c + id, except the four named demo cadres (liaison, cadre, colleague, xscadre)
    assertEquals(4128 - 4, count("SELECT COUNT(*) FROM person p WHERE p.username = CONCAT('c', LPAD(p.cadre_id, 6, '0'))"));
    assertEquals(4128, count("SELECT COUNT(*) FROM role_grant g JOIN person p ON p.id = g.person_id"
        + " JOIN cadre c ON c.id = p.cadre_id WHERE g.role_name = 'CADRE' AND g.scope_path = c.path"));
    assertEquals(526, count("SELECT COUNT(*) FROM person p JOIN org_node v ON p.username = CONCAT('op', v.code)"
        + " JOIN role_grant g ON g.person_id = p.id WHERE g.role_name = 'STATION_OPERATOR'"
        + " AND g.scope_path = v.path AND p.home_path = v.path AND p.cadre_id IS NULL"));
  }

  @Test
  void demoAccountsExistWithTheirRoles() throws SQLException {
    assertEquals(10, HuaibeiDemo.ACCOUNTS.size());
    for (DemoAccount a : HuaibeiDemo.ACCOUNTS) {
      assertEquals(1, count("SELECT COUNT(*) FROM person p JOIN role_grant g ON g.person_id = p.id"
          + " WHERE p.username = '" + a.username() + "' AND g.role_name = '" + a.role() + "'"), a.username());
    }
    assertScope("admin", "CENTER_ADMIN", "'/340600/'");
    assertScope("teacher", "INSTRUCTOR", "'/340600/'");
    assertScope("moderator", "MODERATOR", "'/340600/'");
    assertScope("suixi", "SUBCENTER_ADMIN", "'/340600/340621/'");
    assertScope("xiangshan", "SUBCENTER_ADMIN", "'/340600/340603/'");
    assertScope("operator", "STATION_OPERATOR", "(SELECT MIN(path) FROM org_node WHERE tier = 'VILLAGE'"
        + " AND path LIKE '/340600/340621/%')");
    assertScope("liaison", "LIAISON", "(SELECT path FROM unit WHERE name = '濉溪县委组织部')");
    assertScope("cadre", "CADRE", "(SELECT path FROM unit WHERE name = '濉溪县委组织部')");
    assertScope("colleague", "CADRE", "(SELECT path FROM unit WHERE name = '濉溪县委组织部')");
    assertEquals(1, count("SELECT COUNT(*) FROM person p JOIN cadre c ON c.id = p.cadre_id"
        + " WHERE p.username = 'xscadre' AND c.path LIKE '/340600/340603/%' AND c.status = 'SERVING'"));
    assertEquals(1, count("SELECT COUNT(*) FROM person WHERE username = 'admin' AND display_name = '市网络培训中心管理员'"));
    // 'liaison' is that unit's only liaison; 'cadre' is its serving section-level colleague.
    assertEquals(1, count("SELECT COUNT(*) FROM role_grant WHERE role_name = 'LIAISON'"
        + " AND scope_path = (SELECT path FROM unit WHERE name = '濉溪县委组织部')"));
    assertEquals(1, count("SELECT COUNT(*) FROM person l JOIN cadre lc ON lc.id = l.cadre_id,"
        + " person k JOIN cadre kc ON kc.id = k.cadre_id WHERE l.username = 'liaison' AND k.username = 'cadre'"
        + " AND lc.unit_id = kc.unit_id AND lc.id <> kc.id AND kc.cadre_rank = 'SECTION' AND kc.status = 'SERVING'"));
  }

  @Test
  void idSequencesFollowTheLargestIds() throws SQLException {
    for (String table : new String[] {"org_node", "unit", "station", "cadre", "cadre_posting", "person",
        "role_grant"}) {
      assertEquals(count("SELECT MAX(id) FROM " + table),
          count("SELECT next_value FROM id_sequence WHERE name = '" + table + "'"), table);
    }
  }

  @Test
  void sameSeedSameRowsOtherSeedOtherRows() throws SQLException {
    String first = cadreChecksum(huaibei);
    try (Connection again = migrated(); Connection other = migrated()) {
      HuaibeiDemo.load(again, DemoSpec.huaibei(), "x");
      HuaibeiDemo.load(other, new DemoSpec(20261130L, 4128), "x");
      assertEquals(first, cadreChecksum(again));
      assertNotEquals(first, cadreChecksum(other));
      shutdown(again);
      shutdown(other);
    }
  }

  @Test
  void refusesAFilledSchemaAndRollsBackOnError() throws SQLException {
    assertThrows(IllegalStateException.class, () -> HuaibeiDemo.load(huaibei, DemoSpec.huaibei(), "x"));
    assertEquals(4128, count("SELECT COUNT(*) FROM cadre"));
    assertTrue(huaibei.getAutoCommit());
    try (Connection c = migrated()) {
      // Too long for person.password_hash: fails after the tree and cadres went in.
      assertThrows(SQLException.class, () -> HuaibeiDemo.load(c, DemoSpec.huaibei(), "h".repeat(256)));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM org_node"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM cadre"));
      shutdown(c);
    }
  }

  @Test
  void loadsOneHundredThousandCadres() throws SQLException {
    try (Connection c = migrated()) {
      long start = System.nanoTime();
      DemoSummary big = HuaibeiDemo.load(c, new DemoSpec(7L, 100_000), "x");
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("Benchmark demo (100,000 cadres) loaded in %d ms: %s%n", ms, big);
      assertEquals(100_000, count(c, "SELECT COUNT(*) FROM cadre"));
      assertEquals(100_000, count(c, "SELECT COUNT(*) FROM cadre_posting"));
      assertEquals(100_000 + 526 + 6, count(c, "SELECT COUNT(*) FROM person"));
      assertEquals(320, count(c, "SELECT COUNT(DISTINCT person_id) FROM role_grant WHERE role_name = 'LIAISON'"));
      double county = count(c, "SELECT COUNT(*) FROM cadre WHERE cadre_rank = 'COUNTY'") / 100_000.0;
      assertTrue(county > 0.06 && county < 0.08, "county-level share " + county);
      // Only a guard against pathological slowness: shared CI machines vary several-fold.
      assertTrue(ms < 60_000, "took " + ms + " ms");
      shutdown(c);
    }
  }

  private static Connection migrated() throws SQLException {
    String url = "jdbc:h2:mem:demo" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    return DriverManager.getConnection(url, "sa", "");
  }

  /** DB_CLOSE_DELAY=-1 keeps a memory database after close; free it for the next tests. */
  private static void shutdown(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private static void assertBand(String condition, double low, double high) throws SQLException {
    double share = count("SELECT COUNT(*) FROM cadre WHERE " + condition) / 4128.0;
    assertTrue(share >= low && share <= high, condition + ": " + share);
  }

  private static void assertScope(String username, String role, String scopeSql) throws SQLException {
    assertEquals(1, count("SELECT COUNT(*) FROM person p JOIN role_grant g ON g.person_id = p.id"
        + " WHERE p.username = '" + username + "' AND g.role_name = '" + role + "'"
        + " AND g.scope_path = " + scopeSql), username + " " + role);
  }

  private static long count(String sql) throws SQLException {
    return count(huaibei, sql);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String cadreChecksum(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name, unit_id, cadre_rank FROM cadre ORDER BY id")) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      while (rs.next()) {
        sha.update((rs.getString(1) + '|' + rs.getLong(2) + '|' + rs.getString(3) + '\n')
            .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
