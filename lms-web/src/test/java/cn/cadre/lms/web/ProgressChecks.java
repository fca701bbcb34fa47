package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The progress report through REST on the running platform with the demo data: the city's
 * districts, county and own units add up to the city, a county's drill-down adds up to its row, group study at a village station
 * shows in its county, the credit review agrees on who meets the requirement, and scope holds for a
 * county administrator, a liaison and a cadre.
 */
final class ProgressChecks {

  static final String YEAR = "2026";
  static final String SUIXI_CODE = "340621";

  private final Api api;

  ProgressChecks(Api api) {
    this.api = api;
  }

  static List<JsonObject> rows(JsonObject view) {
    return view.getJsonArray("rows").stream().map(v -> v.asJsonObject()).toList();
  }

  static List<JsonObject> regions(JsonObject view) {
    return rows(view).stream().filter(r -> "REGION".equals(r.getString("kind"))).toList();
  }

  static JsonObject row(JsonObject view, String code) {
    return regions(view).stream().filter(r -> code.equals(r.getString("code"))).findFirst().orElseThrow();
  }

  static long num(JsonObject o, String field) {
    return o.getJsonNumber(field).longValue();
  }

  static BigDecimal dec(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  /**
   * The city's five rows, its three districts and one county (the demo's Huaibei) and its own units,
   * add up to the city, figure by figure.
   */
  void theCitysCountiesAddUpToTheCity() {
    String admin = api.token("admin");
    JsonObject city = api.get("api/progress?year=" + YEAR, admin).expect(200).json();
    assertEquals("340600", city.getJsonObject("node").getString("code"));
    assertEquals(5, rows(city).size(), city.toString());
    assertEquals(List.of("340602", "340603", "340604", "340621"),
        regions(city).stream().map(r -> r.getString("code")).toList());
    regions(city).forEach(r -> assertEquals("COUNTY", r.getString("tier")));
    assertEquals(1, rows(city).stream().filter(r -> "UNITS".equals(r.getString("kind"))).count(), "the city's own units");
    JsonObject total = city.getJsonObject("total");
    long serving = api.get("api/cadres?status=SERVING&size=1", admin).expect(200).json().getInt("total");
    assertEquals(serving, num(total, "cadres"), "every serving cadre of the city, once");
    assertAddsUp(city);
  }

  /** A county's townships and its own units add up to the county's row in the city. */
  void aCountyDrillsDownToTheSameFigures() {
    String admin = api.token("admin");
    JsonObject city = api.get("api/progress?year=" + YEAR, admin).expect(200).json();
    JsonObject suixiRow = row(city, SUIXI_CODE);
    JsonObject suixi = api.get("api/progress?year=" + YEAR + "&node=" + num(suixiRow, "nodeId"), admin).expect(200).json();
    assertEquals(List.of("淮北市", "濉溪县"),
        suixi.getJsonArray("trail").stream().map(v -> v.asJsonObject().getString("name")).toList());
    assertFalse(regions(suixi).isEmpty());
    regions(suixi).forEach(r -> assertEquals("TOWNSHIP", r.getString("tier")));
    assertAddsUp(suixi);
    JsonObject total = suixi.getJsonObject("total");
    for (String f : List.of("cadres", "onlineMinutes", "stationMinutes", "meeting")) {
      assertEquals(num(suixiRow, f), num(total, f), f);
    }
    assertEquals(0, dec(suixiRow, "required").compareTo(dec(total, "required")));
    assertEquals(0, dec(suixiRow, "elective").compareTo(dec(total, "elective")));
    // "meeting" is the review's "no shortfall": the rest of the county is the review's shortfall list
    long shortOnes = api.get("api/credits/review?year=" + YEAR + "&shortfall=true&size=1&node=" + num(suixiRow, "nodeId"),
        admin).expect(200).json().getInt("total");
    assertEquals(num(total, "cadres") - num(total, "meeting"), shortOnes);
  }

  /** Group study recorded at a village station counts for the cadre's county, in its year only. */
  void groupStudyAtAStationShowsInTheCadresCounty() throws SQLException {
    String admin = api.token("admin");
    long cadre = api.get("api/me", api.token("cadre")).expect(200).json().getJsonNumber("cadreId").longValue();
    long before = num(row(api.get("api/progress?year=" + YEAR, admin).expect(200).json(), SUIXI_CODE), "stationMinutes");
    long lastYear = num(row(api.get("api/progress?year=2025", admin).expect(200).json(), SUIXI_CODE), "stationMinutes");
    attend(cadre, 47, "2026-06-01");
    attend(cadre, 13, "2025-12-31");
    assertEquals(before + 47,
        num(row(api.get("api/progress?year=" + YEAR, admin).expect(200).json(), SUIXI_CODE), "stationMinutes"));
    assertEquals(lastYear + 13,
        num(row(api.get("api/progress?year=2025", admin).expect(200).json(), SUIXI_CODE), "stationMinutes"));
  }

  /** A county administrator starts at the county, sees the city as the county alone, never another county. */
  void aCountyAdministratorSeesOnlyTheirCounty() {
    String admin = api.token("admin");
    String suixi = api.token("suixi");
    JsonObject city = api.get("api/progress?year=" + YEAR, admin).expect(200).json();
    long cityId = num(city.getJsonObject("node"), "id");
    long xiangshan = num(row(city, PlatformIT.XIANGSHAN_NODE_CODE), "nodeId");
    JsonObject own = api.get("api/progress?year=" + YEAR, suixi).expect(200).json();
    assertEquals(SUIXI_CODE, own.getJsonObject("node").getString("code"));
    JsonObject cut = api.get("api/progress?year=" + YEAR + "&node=" + cityId, suixi).expect(200).json();
    assertEquals(1, rows(cut).size(), cut.toString());
    assertEquals(SUIXI_CODE, rows(cut).get(0).getString("code"));
    assertEquals(num(row(city, SUIXI_CODE), "cadres"), num(cut.getJsonObject("total"), "cadres"));
    api.get("api/progress?year=" + YEAR + "&node=" + xiangshan, suixi).expectProblem(404);
    // a liaison sees the unit's one row, as many cadres as the people list gives them
    String liaison = api.token("liaison");
    JsonObject unit = api.get("api/progress?year=" + YEAR, liaison).expect(200).json();
    assertEquals(1, rows(unit).size(), unit.toString());
    assertEquals("UNITS", rows(unit).get(0).getString("kind"));
    assertEquals(api.get("api/cadres?status=SERVING&size=1", liaison).expect(200).json().getInt("total"),
        num(rows(unit).get(0), "cadres"));
  }

  /** Bad parameters name the field; an unknown node is 404; a cadre, who reads no one, gets an empty view. */
  void badInputAndACadre() {
    String admin = api.token("admin");
    assertEquals(Map.of("year", "field.notANumber"), api.get("api/progress?year=abc", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("year", "field.invalid"), api.get("api/progress?year=1999", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("year", "field.tooLarge"), api.get("api/progress?year=2200", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("node", "field.notANumber"), api.get("api/progress?node=x1", admin).expectProblem(422).fieldErrors());
    api.get("api/progress?node=999999999", admin).expectProblem(404);
    String cadre = api.token("cadre");
    JsonObject nobody = api.get("api/progress", cadre).expect(200).json();
    assertFalse(nobody.containsKey("node") && !nobody.isNull("node"), nobody.toString());
    assertTrue(nobody.getJsonArray("rows").isEmpty());
    long city = num(api.get("api/progress", admin).expect(200).json().getJsonObject("node"), "id");
    api.get("api/progress?node=" + city, cadre).expectProblem(404);
  }

  /** Every row's figures add up to the total (online minutes: the total's own seconds, rounded once). */
  private static void assertAddsUp(JsonObject view) {
    JsonObject total = view.getJsonObject("total");
    for (String f : List.of("cadres", "stationMinutes", "meeting")) {
      assertEquals(num(total, f), rows(view).stream().mapToLong(r -> num(r, f)).sum(), f);
    }
    for (String f : List.of("required", "elective")) {
      assertEquals(0, dec(total, f).compareTo(rows(view).stream().map(r -> dec(r, f)).reduce(BigDecimal.ZERO, BigDecimal::add)), f);
    }
    long minutes = rows(view).stream().mapToLong(r -> num(r, "onlineMinutes")).sum();
    long online = num(total, "onlineMinutes");
    assertTrue(minutes <= online && online < minutes + rows(view).size() + 1, minutes + " vs " + online);
  }

  /** One group study at a receiving station of the cadre's county, as the center records it from a station. */
  private static void attend(long cadre, int minutes, String day) throws SQLException {
    try (Connection c = TestDatabase.db.connect()) {
      long station;
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT MIN(id) FROM station WHERE path LIKE '/340600/" + SUIXI_CODE + "/%' AND kind = 'RECEIVING_STATION'")) {
        rs.next();
        station = rs.getLong(1);
      }
      String session = UUID.randomUUID().toString();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_session (id, station_id, kind, title, starts_at,"
          + " ends_at, recorded_by, recorded_at) VALUES (?, ?, 'BROADCAST', '集中收看', ?, ?, 'op', ?)")) {
        ps.setString(1, session);
        ps.setLong(2, station);
        ps.setString(3, day + " 01:00:00");
        ps.setString(4, day + " 02:00:00");
        ps.setString(5, day + " 02:00:00");
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_attendance (id, session_id, cadre_id, minutes,"
          + " study_day, credit_state, recorded_at) VALUES (?, ?, ?, ?, ?, 'DONE', ?)")) {
        ps.setString(1, UUID.randomUUID().toString());
        ps.setString(2, session);
        ps.setLong(3, cadre);
        ps.setInt(4, minutes);
        ps.setString(5, day);
        ps.setString(6, day + " 02:00:00");
        ps.executeUpdate();
      }
    }
  }
}
