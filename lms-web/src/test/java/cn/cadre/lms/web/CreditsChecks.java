package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Credits through REST on the running platform with the demo ledger: corrections and their
 * reasons, scope, bad input, the rules, the review list and its export, verification of a row
 * tampered with in the database. Without the study tracker, corrections are what append here.
 */
final class CreditsChecks {

  static final String YEAR = "2026";

  private final Api api;
  private final String base;

  CreditsChecks(Api api, String base) {
    this.api = api;
    this.base = base;
  }

  static BigDecimal dec(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  void correctionsAndScope() {
    correctionsShowInTheCadresLedger();
    scopeHoldsForCorrectionsAndReading();
  }

  void badInputAndRules() {
    badInputNamesTheField();
    rulesAreTheCentersToSet();
  }

  void reviewAndExport() throws IOException {
    reviewFiltersAndExports();
    aLiaisonSeesOnlyTheirUnit();
  }

  long demoCadre(String cadreToken) {
    return api.get("api/me", cadreToken).expect(200).json().getJsonNumber("cadreId").longValue();
  }

  /** An adjustment shows in the cadre's ledger with its reason; a reversal once, never twice. */
  void correctionsShowInTheCadresLedger() {
    String cadre = api.token("cadre");
    String suixi = api.token("suixi");
    long id = demoCadre(cadre);
    JsonObject before = api.get("api/me/credits?year=" + YEAR, cadre).expect(200).json();
    BigDecimal shortBefore = dec(before.getJsonObject("progress"), "shortfall");
    assertTrue(shortBefore.signum() > 0, "the demo cadre is short of the requirement");
    assertFalse(before.getJsonArray("entries").isEmpty(), "the demo cadre has a history");

    var granted = api.post("api/credits/cadres/" + id + "/corrections", suixi,
        "{\"action\":\"ADJUST\",\"year\":2026,\"kind\":\"REQUIRED\",\"amount\":2.5,\"reason\":\"线下培训认定\"}").expect(201).json();
    int seq = granted.getInt("seq");
    JsonObject after = api.get("api/me/credits?year=" + YEAR, cadre).expect(200).json();
    assertEquals(shortBefore.subtract(new BigDecimal("2.5")).compareTo(dec(after.getJsonObject("progress"), "shortfall")), 0);
    JsonObject last = after.getJsonArray("entries").getJsonObject(after.getJsonArray("entries").size() - 1);
    assertEquals(seq, last.getInt("seq"));
    assertEquals("管理员补记学分：线下培训认定", last.getString("reason"));
    var english = api.get("api/credits/cadres/" + id + "/entries?year=" + YEAR, suixi, "en").expect(200).array();
    assertEquals("An administrator granted credits: 线下培训认定",
        english.getJsonObject(english.size() - 1).getString("reason"));

    var reversal = api.post("api/credits/cadres/" + id + "/corrections", suixi,
        "{\"action\":\"REVERSE\",\"year\":2026,\"seq\":" + seq + ",\"reason\":\"认定有误\"}").expect(201).json();
    assertEquals(0, new BigDecimal("-2.50").compareTo(dec(reversal, "amount")));
    assertEquals(String.valueOf(seq), reversal.getString("sourceRef"));
    var twice = api.post("api/credits/cadres/" + id + "/corrections", api.token("admin"),
        "{\"action\":\"REVERSE\",\"year\":2026,\"seq\":" + seq + ",\"reason\":\"再次\"}").expectProblem(409);
    assertEquals("urn:lms:problem:credits.alreadyReversed", twice.json().getString("type"));
    api.post("api/credits/cadres/" + id + "/corrections", suixi,
        "{\"action\":\"REVERSE\",\"year\":2026,\"seq\":" + reversal.getInt("seq") + ",\"reason\":\"x\"}").expectProblem(409);
    api.post("api/credits/cadres/" + id + "/corrections", suixi,
        "{\"action\":\"REVERSE\",\"year\":2026,\"seq\":9999,\"reason\":\"x\"}").expectProblem(404);
    assertEquals(0, shortBefore.compareTo(dec(api.get("api/credits/cadres/" + id + "?year=" + YEAR, suixi).expect(200).json(), "shortfall")));
  }

  /** Outside the manage scope a correction answers like an unknown cadre; so does reading outside the read scope. */
  void scopeHoldsForCorrectionsAndReading() {
    String cadre = api.token("cadre");
    long id = demoCadre(cadre);
    String body = "{\"action\":\"ADJUST\",\"year\":2026,\"kind\":\"REQUIRED\",\"amount\":1,\"reason\":\"越权\"}";
    api.post("api/credits/cadres/" + id + "/corrections", api.token("xiangshan"), body).expectProblem(404);
    api.post("api/credits/cadres/" + id + "/corrections", api.token("liaison"), body).expectProblem(404);
    api.post("api/credits/cadres/" + id + "/corrections", cadre, body).expectProblem(404);
    api.post("api/credits/cadres/999999999/corrections", api.token("admin"), body).expectProblem(404);
    api.get("api/credits/cadres/" + id, api.token("xiangshan")).expectProblem(404);
    api.get("api/credits/cadres/" + id + "/entries", api.token("teacher")).expectProblem(404);
    api.get("api/credits/cadres/" + (id + 1), cadre).expectProblem(404);
    api.get("api/credits/cadres/" + id, api.token("liaison")).expect(200);
    api.get("api/me/credits", api.token("teacher")).expectProblem(404);
  }

  void badInputNamesTheField() {
    String admin = api.token("admin");
    long id = demoCadre(api.token("cadre"));
    String url = "api/credits/cadres/" + id + "/corrections";
    assertEquals(Map.of("action", "field.required", "reason", "field.required"),
        api.post(url, admin, "{}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("body", "field.malformedJson"), api.post(url, admin,
        "{\"action\":\"ERASE\",\"year\":2026,\"seq\":1,\"reason\":\"x\"}").expectProblem(400).fieldErrors());
    assertEquals(Map.of("kind", "field.required"), api.post(url, admin,
        "{\"action\":\"ADJUST\",\"year\":2026,\"amount\":1,\"reason\":\"x\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("amount", "credits.adjustmentRange"), api.post(url, admin,
        "{\"action\":\"ADJUST\",\"year\":2026,\"kind\":\"ELECTIVE\",\"amount\":0.001,\"reason\":\"x\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("seq", "field.required"), api.post(url, admin,
        "{\"action\":\"REVERSE\",\"year\":2026,\"reason\":\"x\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("year", "field.required"), api.post(url, admin,
        "{\"action\":\"REVERSE\",\"seq\":1,\"reason\":\"x\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("reason", "field.tooLong"), api.post(url, admin,
        "{\"action\":\"REVERSE\",\"year\":2026,\"seq\":1,\"reason\":\"" + "长".repeat(201) + "\"}").expectProblem(422).fieldErrors());
    assertEquals(Map.of("year", "field.notANumber"), api.get("api/credits/cadres/" + id + "?year=abc", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("year", "field.invalid"), api.get("api/credits/verification?year=1066", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("rank", "field.badValue"), api.get("api/credits/review?rank=GENERAL", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("shortfall", "field.badValue"), api.get("api/credits/review?shortfall=maybe", admin).expectProblem(422).fieldErrors());
    assertEquals(Map.of("size", "field.tooLarge"), api.get("api/credits/review?size=1000", admin).expectProblem(422).fieldErrors());
  }

  /** The center reads and sets a year's rules; a year without its own follows the year before. */
  void rulesAreTheCentersToSet() {
    String admin = api.token("admin");
    JsonObject y2026 = api.get("api/credits/rules/2026", admin).expect(200).json();
    assertEquals(45, y2026.getInt("minutesPerCredit"));
    assertEquals(0, new BigDecimal("60").compareTo(dec(y2026, "requiredCounty")));
    assertTrue(y2026.getBoolean("ownRow"));
    JsonObject y2031 = api.get("api/credits/rules/2031", admin).expect(200).json();
    assertFalse(y2031.getBoolean("ownRow"));
    assertEquals(45, y2031.getInt("minutesPerCredit"));
    String good = "{\"minutesPerCredit\":40,\"dailyCap\":6,\"electiveCap\":30,\"requiredCounty\":64,"
        + "\"requiredSection\":52,\"requiredBelowSection\":50}";
    api.put("api/credits/rules/2031", api.token("suixi"), good).expectProblem(403);
    api.get("api/credits/rules/2026", api.token("cadre")).expectProblem(403);
    assertEquals(Map.of("minutesPerCredit", "credits.rules.minutesRange", "requiredSection", "credits.rules.creditsRange"),
        api.put("api/credits/rules/2031", admin, good.replace("40,", "0,").replace("52", "-1")).expectProblem(422).fieldErrors());
    assertEquals(Map.of("dailyCap", "field.required"),
        api.put("api/credits/rules/2031", admin, good.replace("\"dailyCap\":6,", "")).expectProblem(422).fieldErrors());
    assertTrue(api.put("api/credits/rules/2031", admin, good).expect(200).json().getBoolean("ownRow"));
    assertEquals(40, api.get("api/credits/rules/2032", admin).expect(200).json().getInt("minutesPerCredit"));
    assertEquals(45, api.get("api/credits/rules/2030", admin).expect(200).json().getInt("minutesPerCredit"));
  }

  /** Filters, order, scope and the export of the same list. */
  void reviewFiltersAndExports() throws IOException {
    String admin = api.token("admin");
    String suixi = api.token("suixi");
    JsonObject all = api.get("api/credits/review?year=2026&size=50", suixi).expect(200).json();
    JsonObject county = api.get("api/credits/review?year=2026&rank=COUNTY&shortfall=true&size=200", suixi).expect(200).json();
    assertTrue(county.getInt("total") > 0 && county.getInt("total") < all.getInt("total"));
    BigDecimal previous = null;
    for (var v : county.getJsonArray("items")) {
      JsonObject r = v.asJsonObject();
      assertEquals("COUNTY", r.getString("rank"));
      assertTrue(dec(r, "shortfall").signum() > 0);
      assertTrue(previous == null || previous.compareTo(dec(r, "shortfall")) >= 0, "largest shortfall first");
      previous = dec(r, "shortfall");
    }
    assertTrue(api.get("api/credits/review?year=2026", admin).expect(200).json().getInt("total") > all.getInt("total"));
    long city = api.get("api/org/roots", admin).expect(200).array().getJsonObject(0).getJsonNumber("id").longValue();
    long xiangshan = api.get("api/org/nodes/" + city + "/children", admin).expect(200).array().stream()
        .map(v -> v.asJsonObject()).filter(o -> "340603".equals(o.getString("code"))).findFirst().orElseThrow()
        .getJsonNumber("id").longValue();
    api.get("api/credits/review?node=" + xiangshan, suixi).expectProblem(404);
    JsonObject inXiangshan = api.get("api/credits/review?node=" + xiangshan + "&size=5", admin).expect(200).json();
    assertTrue(inXiangshan.getInt("total") > 0);
    // the city asked for by a county administrator narrows to the county
    assertEquals(all.getInt("total"), api.get("api/credits/review?node=" + city, suixi).expect(200).json().getInt("total"));
    assertEquals(0, api.get("api/credits/review", api.token("cadre")).expect(200).json().getInt("total"));
    exportHoldsTheSameList(suixi, county);
  }

  /** The export of a filter is the same list as its pages, headed in the caller's language. */
  private void exportHoldsTheSameList(String suixi, JsonObject county) throws IOException {
    byte[] zh = api.bytes("api/credits/review.xlsx?year=2026&rank=COUNTY&shortfall=true", suixi, "zh-CN", 200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("姓名", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals(county.getInt("total"), sheet.getLastRowNum());
      JsonObject first = county.getJsonArray("items").getJsonObject(0);
      assertEquals(first.getJsonNumber("cadreId").longValue(), (long) sheet.getRow(1).getCell(0).getNumericCellValue());
      assertEquals(first.getString("name"), sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals("县处级", sheet.getRow(1).getCell(3).getStringCellValue());
      assertEquals(dec(first, "shortfall").doubleValue(), sheet.getRow(1).getCell(7).getNumericCellValue(), 0.001);
    }
    byte[] en = api.bytes("api/credits/review.xlsx?year=2026&rank=COUNTY", suixi, "en", 200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(en))) {
      assertEquals("Name", book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
    }
    api.get("api/credits/review.xlsx?rank=nope", suixi).expectProblem(422);
  }

  /** A liaison's review holds exactly the serving cadres of the liaison's unit. */
  void aLiaisonSeesOnlyTheirUnit() {
    String liaison = api.token("liaison");
    JsonObject page = api.get("api/credits/review?size=200", liaison).expect(200).json();
    int serving = api.get("api/cadres?status=SERVING&size=1", liaison).expect(200).json().getInt("total");
    assertEquals(serving, page.getInt("total"));
    assertTrue(serving > 0);
    page.getJsonArray("items").forEach(v -> assertEquals("濉溪县委组织部", v.asJsonObject().getString("unitName")));
  }

  /** Verification finds nothing wrong, then finds a row changed in the database, within scope only. */
  void verificationReportsATamperedRow() throws SQLException {
    String admin = api.token("admin");
    JsonObject ok = api.get("api/credits/verification?year=2026", admin).expect(200).json();
    assertTrue(ok.getBoolean("ok"), ok::toString);
    assertTrue(ok.getInt("chains") > 1000 && ok.getInt("entries") > ok.getInt("chains"), ok::toString);
    api.get("api/credits/verification", api.token("cadre")).expectProblem(403);
    api.get("api/credits/verification", api.token("liaison")).expectProblem(403);
    long id = demoCadre(api.token("cadre"));
    tamper("UPDATE credit_entry SET amount = amount + 1 WHERE cadre_id = " + id + " AND assessment_year = 2026 AND seq = 1");
    try {
      JsonObject broken = api.get("api/credits/verification?year=2026", admin).expect(200).json();
      assertFalse(broken.getBoolean("ok"));
      List<JsonObject> breaks = broken.getJsonArray("breaks").stream().map(v -> v.asJsonObject()).toList();
      assertTrue(breaks.stream().anyMatch(b -> b.getJsonNumber("cadreId").longValue() == id && b.getInt("seq") == 1
          && "HASH_MISMATCH".equals(b.getString("problem"))), breaks::toString);
      assertTrue(breaks.stream().allMatch(b -> b.getJsonNumber("cadreId").longValue() == id), breaks::toString);
      assertFalse(api.get("api/credits/verification?year=2026", api.token("suixi")).expect(200).json().getBoolean("ok"));
      assertTrue(api.get("api/credits/verification?year=2026", api.token("xiangshan")).expect(200).json().getBoolean("ok"));
      assertEquals(1, verifyLedgerCommand("admin", "2026"), "./lms verify-ledger exits 1 on a break");
    } finally {
      tamper("UPDATE credit_entry SET amount = amount - 1 WHERE cadre_id = " + id + " AND assessment_year = 2026 AND seq = 1");
    }
    assertTrue(api.get("api/credits/verification?year=2026", admin).expect(200).json().getBoolean("ok"));
    assertEquals(0, verifyLedgerCommand("admin", "2026"), "./lms verify-ledger exits 0 on a sound ledger");
    assertEquals(2, verifyLedgerCommand("cadre", "2026"), "a caller who may not verify gets the usage exit");
  }

  /** Runs {@code ./lms verify-ledger} against this server, as an operator would; returns its exit code. */
  private int verifyLedgerCommand(String user, String year) {
    try {
      ProcessBuilder pb = new ProcessBuilder("bash", "../lms", "verify-ledger", user, year).redirectErrorStream(true);
      pb.environment().put("LMS_URL", base);
      pb.environment().put("LMS_PASSWORD", Api.PASSWORD);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int code = p.waitFor();
      System.out.println("./lms verify-ledger " + user + " " + year + " -> " + code + "\n" + out);
      return code;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void tamper(String sql) throws SQLException {
    try (Connection c = TestDatabase.db.connect(); Statement st = c.createStatement()) {
      assertEquals(1, st.executeUpdate(sql));
    }
  }
}
