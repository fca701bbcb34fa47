package cn.cadre.lms.progress.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.progress.control.ProgressRow;
import cn.cadre.lms.progress.control.ProgressView;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The progress report on a small tree whose every figure is known: a city with units of its own,
 * two counties, a township with a village and its station, an empty township. Run on MariaDB
 * ({@link ProgressReportIT}) and on H2 ({@link ProgressReportH2Test}), so the one statement per
 * level is checked on both databases the platform runs on.
 *
 * <pre>
 * /340600/ city (1)                   u10: c101 COUNTY 60/5 meets; c102 retired (left out)
 *   /340603/ county B (3)              u14: c141 COUNTY 70/10 meets, 3000 s; c142 transferred (left out)
 *   /340621/ county A (2)              u11: c111 SECTION 49.99/3 short, 1800+120 s in 2026 (600 s in 2025)
 *                                           c112 BELOW 50/2.5 meets
 *     /340621100/ township (4)         u12: c121 SECTION no balance, 90 s, 45 station min (30 in 2025)
 *       /340621100201/ village (5)     u13: c131 BELOW 55/1 meets, 120 station min; a guest's 60 min (no cadre)
 *     /340621101/ township (6)          no cadres
 * </pre>
 */
abstract class ProgressCases {

  static final String CITY = "/340600/";
  static final String A = "/340600/340621/";
  static final String B = "/340600/340603/";
  static final String TOWNSHIP = "/340600/340621/340621100/";
  static final String VILLAGE = "/340600/340621/340621100/340621100201/";

  /** The report on the test's database. */
  abstract ProgressReport report();

  static ProgressReport on(DataSource ds) {
    ProgressReport r = new ProgressReport();
    r.dataSource = ds;
    return r;
  }

  static Actor actor(Role role, String path) {
    return new Actor(7, "t", "t", null, List.of(new Grant(role, path)));
  }

  static final Actor CENTER = actor(Role.CENTER_ADMIN, CITY);

  static void load(Connection c) throws SQLException {
    node(c, 1, null, "340600", "CITY", CITY);
    node(c, 2, 1L, "340621", "COUNTY", A);
    node(c, 3, 1L, "340603", "COUNTY", B);
    node(c, 4, 2L, "340621100", "TOWNSHIP", TOWNSHIP);
    node(c, 5, 4L, "340621100201", "VILLAGE", VILLAGE);
    node(c, 6, 2L, "340621101", "TOWNSHIP", A + "340621101/");
    unit(c, 10, 1, CITY);
    unit(c, 11, 2, A);
    unit(c, 12, 4, TOWNSHIP);
    unit(c, 13, 5, VILLAGE);
    unit(c, 14, 3, B);
    exec(c, "INSERT INTO station (id, village_id, code, name, kind, path) VALUES (20, 5, 'S20', '接收站',"
        + " 'RECEIVING_STATION', '" + VILLAGE + "s20/')");
    cadre(c, 101, 10, "COUNTY", "SERVING");
    cadre(c, 102, 10, "SECTION", "RETIRED");
    cadre(c, 111, 11, "SECTION", "SERVING");
    cadre(c, 112, 11, "BELOW_SECTION", "SERVING");
    cadre(c, 121, 12, "SECTION", "SERVING");
    cadre(c, 131, 13, "BELOW_SECTION", "SERVING");
    cadre(c, 141, 14, "COUNTY", "SERVING");
    cadre(c, 142, 14, "COUNTY", "TRANSFERRED");
    balance(c, 101, 2026, "60.00", "5.00");
    balance(c, 102, 2026, "80.00", "8.00");
    balance(c, 111, 2026, "49.99", "3.00");
    balance(c, 112, 2026, "50.00", "2.50");
    balance(c, 112, 2027, "9.00", "9.00");
    balance(c, 131, 2026, "55.00", "1.00");
    balance(c, 141, 2026, "70.00", "10.00");
    balance(c, 142, 2026, "70.00", "10.00");
    exec(c, "INSERT INTO course (id, title, teacher, category, summary, credits, owner_path, status,"
        + " attention_checks, created_by, created_at, version) VALUES (1, '课', '师', '类', '', 2.0, '/340600/',"
        + " 'PUBLISHED', FALSE, 1, TIMESTAMP '2026-01-01 00:00:00', 0)");
    exec(c, "INSERT INTO lesson (id, course_id, position, title, kind, length_seconds, version)"
        + " VALUES (1, 1, 1, '课时', 'TEXT', 3600, 0)");
    // started_at is UTC: 2025-12-31 15:59 UTC is 23:59 on New Year's Eve in China, 16:00 is New Year
    session(c, "s111a", 111, LocalDateTime.of(2026, 3, 1, 2, 0), 1800);
    session(c, "s111b", 111, LocalDateTime.of(2025, 12, 31, 16, 0), 120);
    session(c, "s111c", 111, LocalDateTime.of(2025, 12, 31, 15, 59), 600);
    session(c, "s121a", 121, LocalDateTime.of(2026, 7, 1, 2, 0), 90);
    session(c, "s141a", 141, LocalDateTime.of(2026, 9, 1, 2, 0), 3000);
    session(c, "s102a", 102, LocalDateTime.of(2026, 9, 1, 2, 0), 6000);
    session(c, "s142a", 142, LocalDateTime.of(2026, 9, 1, 2, 0), 6000);
    exec(c, "INSERT INTO group_session (id, station_id, kind, title, starts_at, ends_at, recorded_by, recorded_at)"
        + " VALUES ('g1', 20, 'BROADCAST', '集中收看', TIMESTAMP '2026-05-01 09:00:00', TIMESTAMP '2026-05-01 11:00:00',"
        + " 'op', TIMESTAMP '2026-05-01 11:00:00')");
    exec(c, "INSERT INTO group_session (id, station_id, kind, title, starts_at, ends_at, recorded_by, recorded_at)"
        + " VALUES ('g2', 20, 'BROADCAST', '集中收看', TIMESTAMP '2025-12-31 09:00:00', TIMESTAMP '2025-12-31 10:00:00',"
        + " 'op', TIMESTAMP '2025-12-31 10:00:00')");
    attendance(c, "a1", "g1", 121L, 45, LocalDate.of(2026, 5, 1));
    attendance(c, "a2", "g1", 131L, 120, LocalDate.of(2026, 6, 1));
    attendance(c, "a3", "g1", null, 60, LocalDate.of(2026, 6, 1));
    attendance(c, "a4", "g2", 121L, 30, LocalDate.of(2025, 12, 31));
  }

  @Test
  void theCenterSeesTheCountiesAndTheCitysOwnUnitsWithExactFigures() {
    ProgressView v = report().level(CENTER, null, 2026);
    assertEquals(CITY, v.node().path());
    assertEquals(List.of(CITY), v.trail().stream().map(r -> r.path()).toList());
    assertEquals(3, v.rows().size());
    row(v.rows().get(0), ProgressRow.REGION, "340603", 1, 50, 0, "70.00", "10.00", 1);
    row(v.rows().get(1), ProgressRow.REGION, "340621", 4, 33, 165, "154.99", "6.50", 2);
    row(v.rows().get(2), ProgressRow.UNITS, null, 1, 0, 0, "60.00", "5.00", 1);
    // the total's minutes are its own seconds' (5010 s), not the rows' rounded minutes (83 either way here)
    row(v.total(), ProgressRow.TOTAL, "340600", 6, 83, 165, "284.99", "21.50", 4);
    assertEquals(Long.valueOf(3), v.rows().get(0).nodeId());
  }

  @Test
  void aCountyDrillsToItsTownshipsAndItsOwnUnitsAndAnEmptyTownshipShowsZeros() {
    ProgressView v = report().level(CENTER, 2L, 2026);
    assertEquals(List.of(CITY, A), v.trail().stream().map(r -> r.path()).toList());
    assertEquals(3, v.rows().size());
    row(v.rows().get(0), ProgressRow.REGION, "340621100", 2, 1, 165, "55.00", "1.00", 1);
    row(v.rows().get(1), ProgressRow.REGION, "340621101", 0, 0, 0, "0.00", "0.00", 0);
    row(v.rows().get(2), ProgressRow.UNITS, null, 2, 32, 0, "99.99", "5.50", 1);
    row(v.total(), ProgressRow.TOTAL, "340621", 4, 33, 165, "154.99", "6.50", 2);
  }

  @Test
  void aVillageShowsItsCommitteeWithTheStationsMinutesAndNoGuest() {
    ProgressView township = report().level(CENTER, 4L, 2026);
    row(township.rows().get(0), ProgressRow.REGION, "340621100201", 1, 0, 120, "55.00", "1.00", 1);
    row(township.rows().get(1), ProgressRow.UNITS, null, 1, 1, 45, "0.00", "0.00", 0);
    ProgressView village = report().level(CENTER, 5L, 2026);
    assertEquals(4, village.trail().size());
    assertEquals(1, village.rows().size());
    row(village.rows().get(0), ProgressRow.UNITS, null, 1, 0, 120, "55.00", "1.00", 1);
  }

  @Test
  void theYearIsChinasCalendarYearForSessionsAndStationDays() {
    ProgressView v = report().level(CENTER, 2L, 2025);
    // 600 s started 23:59 China time on 2025-12-31; 30 station minutes that day; no balances for 2025
    row(v.total(), ProgressRow.TOTAL, "340621", 4, 10, 30, "0.00", "0.00", 0);
    ProgressView next = report().level(CENTER, 2L, 2027);
    row(next.total(), ProgressRow.TOTAL, "340621", 4, 0, 0, "9.00", "9.00", 0);
  }

  @Test
  void aSubCenterStartsAtItsCountyAndSeesOnlyItInTheCity() {
    Actor suixi = actor(Role.SUBCENTER_ADMIN, A);
    ProgressView own = report().level(suixi, null, 2026);
    assertEquals(A, own.node().path());
    assertEquals(List.of(A), own.trail().stream().map(r -> r.path()).toList());
    row(own.total(), ProgressRow.TOTAL, "340621", 4, 33, 165, "154.99", "6.50", 2);
    ProgressView city = report().level(suixi, 1L, 2026);
    assertEquals(1, city.rows().size(), "only the county, no other county nor the city's own units");
    row(city.rows().get(0), ProgressRow.REGION, "340621", 4, 33, 165, "154.99", "6.50", 2);
    assertEquals(List.of(CITY), city.trail().stream().map(r -> r.path()).toList());
    assertEquals(404, assertThrows(LmsException.class, () -> report().level(suixi, 3L, 2026)).status());
  }

  @Test
  void aLiaisonSeesTheirUnitsOneRowAndAStationOperatorTheVillage() {
    Actor liaison = actor(Role.LIAISON, A + "u11/");
    ProgressView v = report().level(liaison, null, 2026);
    assertEquals(A, v.node().path());
    assertEquals(1, v.rows().size(), "townships hold nothing of the unit");
    row(v.rows().get(0), ProgressRow.UNITS, null, 2, 32, 0, "99.99", "5.50", 1);
    assertEquals(404, assertThrows(LmsException.class, () -> report().level(liaison, 4L, 2026)).status());
    Actor operator = actor(Role.STATION_OPERATOR, VILLAGE);
    ProgressView village = report().level(operator, null, 2026);
    assertEquals(VILLAGE, village.node().path());
    row(village.total(), ProgressRow.TOTAL, "340621100201", 1, 0, 120, "55.00", "1.00", 1);
    assertEquals(404, assertThrows(LmsException.class, () -> report().level(operator, 6L, 2026)).status());
  }

  @Test
  void aCallerWhoReadsNoOneGetsAnEmptyViewAndUnknownNodesAre404() {
    Actor cadre = actor(Role.CADRE, A + "u11/");
    ProgressView v = report().level(cadre, null, 2026);
    assertNull(v.node());
    assertTrue(v.rows().isEmpty());
    assertEquals(0, v.total().cadres());
    assertEquals(404, assertThrows(LmsException.class, () -> report().level(cadre, 2L, 2026)).status());
    assertEquals(404, assertThrows(LmsException.class, () -> report().level(CENTER, 999L, 2026)).status());
  }

  static void row(ProgressRow r, String kind, String code, long cadres, long online, long station, String required,
      String elective, long meeting) {
    assertEquals(kind, r.kind(), r::toString);
    assertEquals(code, r.code(), r::toString);
    assertEquals(cadres, r.cadres(), () -> "cadres " + r);
    assertEquals(online, r.onlineMinutes(), () -> "online minutes " + r);
    assertEquals(station, r.stationMinutes(), () -> "station minutes " + r);
    assertEquals(new BigDecimal(required), r.required(), () -> "required " + r);
    assertEquals(new BigDecimal(elective), r.elective(), () -> "elective " + r);
    assertEquals(meeting, r.meeting(), () -> "meeting " + r);
  }

  private static void node(Connection c, long id, Long parent, String code, String tier, String path)
      throws SQLException {
    exec(c, "INSERT INTO org_node (id, parent_id, code, name, tier, path) VALUES (" + id + ", " + parent + ", '"
        + code + "', '" + tier + code + "', '" + tier + "', '" + path + "')");
  }

  private static void unit(Connection c, long id, long node, String at) throws SQLException {
    exec(c, "INSERT INTO unit (id, node_id, code, name, kind, path) VALUES (" + id + ", " + node + ", 'U" + id
        + "', '单位" + id + "', 'ORGAN', '" + at + "u" + id + "/')");
  }

  private static void cadre(Connection c, long id, long unit, String rank, String status) throws SQLException {
    exec(c, "INSERT INTO cadre (id, name, gender, unit_id, post, cadre_rank, authority, status, path, version)"
        + " SELECT " + id + ", '干部" + id + "', 'MALE', id, '科员', '" + rank + "', 'COUNTY', '" + status + "', path, 0"
        + " FROM unit WHERE id = " + unit);
  }

  private static void balance(Connection c, long cadre, int year, String required, String elective)
      throws SQLException {
    exec(c, "INSERT INTO credit_balance (cadre_id, assessment_year, required_total, elective_total, last_seq,"
        + " last_hash) VALUES (" + cadre + ", " + year + ", " + required + ", " + elective + ", 1, 'h')");
  }

  /** Written as the tracker writes it: a Timestamp of the UTC wall time. */
  private static void session(Connection c, String id, long cadre, LocalDateTime startedUtc, int seconds)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO study_session (id, cadre_id, lesson_id, course_id,"
        + " enrolment_id, started_at, last_beat_at, last_seq, counted_seconds, max_position, status)"
        + " VALUES (?, ?, 1, 1, 1, ?, ?, 1, ?, 0, 'ENDED')")) {
      ps.setString(1, id);
      ps.setLong(2, cadre);
      ps.setTimestamp(3, Timestamp.valueOf(startedUtc));
      ps.setTimestamp(4, Timestamp.valueOf(startedUtc.plusSeconds(seconds)));
      ps.setInt(5, seconds);
      ps.executeUpdate();
    }
  }

  private static void attendance(Connection c, String id, String session, Long cadre, int minutes, LocalDate day)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_attendance (id, session_id, cadre_id,"
        + " guest_username, guest_name, minutes, study_day, credit_state, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'DONE', TIMESTAMP '2026-05-01 11:00:00')")) {
      ps.setString(1, id);
      ps.setString(2, session);
      if (cadre == null) {
        ps.setNull(3, java.sql.Types.BIGINT);
      } else {
        ps.setLong(3, cadre);
      }
      ps.setString(4, cadre == null ? "guest" : null);
      ps.setString(5, cadre == null ? "来宾" : null);
      ps.setInt(6, minutes);
      ps.setObject(7, day);
      ps.executeUpdate();
    }
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
