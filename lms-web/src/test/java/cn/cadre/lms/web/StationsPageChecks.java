package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.sync.protocol.Batch;
import cn.cadre.lms.sync.protocol.Bundle;
import cn.cadre.lms.sync.protocol.Keys;
import cn.cadre.lms.sync.protocol.RecordKind;
import cn.cadre.lms.sync.protocol.Signed;
import cn.cadre.lms.sync.protocol.SyncRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stations pages at the center in a real browser: the center administrator finds a station,
 * issues an enrolment code (shown once), sees a station's quarantined record and rejects it (a
 * reason is required, next to the field), imports a bundle (per-batch results; a cut file refused
 * whole) and revokes the key (a reason is required); a county administrator never sees another
 * county's stations.
 *
 * <p>The destructive steps (enrolling, records, revoking) use the second Suixi station by code,
 * not RS340621100201: other checks on this shared server may enrol that one as the demo's station.
 */
final class StationsPageChecks {

  static final String DEMO_STATION = "RS340621100201";
  private static final String CODE_PATTERN = "[A-Z2-9]{4}(-[A-Z2-9]{4}){3}";

  private final Api api;
  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  StationsPageChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** The station the destructive steps use: the first Suixi station by code after the demo's own. */
  private JsonObject otherSuixiStation(String admin) {
    return api.get("api/stations?q=RS340621100&size=10", admin).expect(200).json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject()).filter(s -> !DEMO_STATION.equals(s.getString("code")))
        .min((a, b) -> a.getString("code").compareTo(b.getString("code"))).orElseThrow();
  }

  void administratorEnrolsRejectsImportsAndRevokes() {
    String admin = api.token("admin");
    JsonObject other = otherSuixiStation(admin);
    String code = other.getString("code");
    WebDriver driver = PageChecks.browser();
    try {
      signIn(driver, "admin");
      wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("nav:stations"))).click();
      search(driver, DEMO_STATION);
      search(driver, code);
      driver.findElement(By.linkText(code)).click();

      wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("link:issueCode"))).click();
      String enrolment = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolmentCode"))).getText();
      assertTrue(enrolment.matches(CODE_PATTERN), enrolment);

      // the station's side, as a station would do it: enrol with the code, then send a record the center cannot place
      KeyPair key = Keys.generate();
      JsonObject enrolled = api.post("api/sync/enrol", null, Json.createObjectBuilder().add("code", enrolment)
          .add("publicKey", Keys.encode(key.getPublic())).build().toString()).expect(200).json();
      String keyId = enrolled.getString("keyId");
      // a station enrolled again goes on from the center's mark (a second run on the same server)
      long mark = enrolled.getJsonNumber("highWater").longValue();
      Signed first = batch(code, keyId, key, mark + 1, RecordKind.ATTENDANCE,
          Json.createObjectBuilder().add("sessionId", UUID.randomUUID().toString()).add("cadreId", 1).add("minutes", 30).build());
      sendBatch(code, first);

      driver.navigate().refresh();
      wait(driver).until(ExpectedConditions.textToBe(By.id("link:enrolled"), "是"));
      aQuarantinedRecordIsRejectedWithAReason(driver, "records:list:" + mark + ":");
      aBundleIsImportedAndACutOneRefusedWhole(driver, code, keyId, key, mark + 2);
      theKeyIsRevokedWithAReason(driver, code);
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private void aQuarantinedRecordIsRejectedWithAReason(WebDriver driver, String row) {
    WebElement state = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(row + "state")));
    assertEquals("已隔离", state.getText());
    driver.findElement(By.id(row + "reject")).click();
    WebElement error = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[@id='" + row + "reason']/following-sibling::*[contains(@class,'ui-message-error')]")));
    assertTrue(error.getText().contains("请填写原因"), error.getText());
    driver.findElement(By.id(row + "reason")).sendKeys("测试记录，非真实参学");
    driver.findElement(By.id(row + "reject")).click();
    wait(driver).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBe(By.id(row + "state"), "已驳回"));
    assertTrue(driver.findElement(By.id("records:list")).getText().contains("测试记录，非真实参学"));
    assertEquals("0", driver.findElement(By.id("link:quarantined")).getText());
  }

  private void aBundleIsImportedAndACutOneRefusedWhole(WebDriver driver, String code, String keyId, KeyPair key, long seq) {
    Signed second = batch(code, keyId, key, seq, RecordKind.GROUP_SESSION, Json.createObjectBuilder().add("kind", "BROADCAST")
        .add("title", "页面测试直播").add("startsAt", "2026-03-02T09:00").add("endsAt", "2026-03-02T10:00")
        .add("recordedBy", "op" + code.substring(2)).build());
    byte[] bundle = Bundle.write(code, List.of(second));
    String text = new String(bundle, StandardCharsets.UTF_8).strip();
    byte[] cut = text.substring(0, text.lastIndexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);

    driver.findElement(By.id("back")).click();
    upload(driver, cut);
    WebElement refused = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id='bundle'] .lms-field .ui-message-error")));
    assertTrue(refused.getText().contains("同步包文件不完整或已被改动"), refused.getText());
    assertTrue(driver.findElements(By.id("bundleResults")).isEmpty(), "nothing of a cut bundle is applied");

    upload(driver, bundle);
    String results = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bundleResults"))).getText();
    assertTrue(results.contains("应用 1 条，重复 0 条，隔离 0 条"), results);
    upload(driver, bundle);
    results = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("bundleResults"))).getText();
    assertTrue(results.contains("重复提交"), "the same bundle again changes nothing: " + results);
    search(driver, code);
    driver.findElement(By.linkText(code)).click();
    wait(driver).until(ExpectedConditions.textToBe(By.id("link:highWater"), String.valueOf(seq)));
  }

  private void theKeyIsRevokedWithAReason(WebDriver driver, String code) {
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("revoke:revoke"))).click();
    wait(driver).until(ExpectedConditions.alertIsPresent()).accept();
    WebElement error = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[@id='revoke:reason']/following-sibling::*[contains(@class,'ui-message-error')]")));
    assertTrue(error.getText().contains("请填写原因"), error.getText());
    assertEquals("是", driver.findElement(By.id("link:enrolled")).getText(), "not revoked without a reason");
    driver.findElement(By.id("revoke:reason")).sendKeys("站点电脑丢失");
    driver.findElement(By.id("revoke:revoke")).click();
    wait(driver).until(ExpectedConditions.alertIsPresent()).accept();
    wait(driver).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.textToBe(By.id("link:enrolled"), "否"));
    String keys = driver.findElement(By.id("keys")).getText();
    assertTrue(keys.contains("吊销") && keys.contains("站点电脑丢失"), keys);
    assertTrue(driver.findElements(By.id("revoke:reason")).isEmpty(), "nothing left to revoke");
  }

  void aCountyAdministratorSeesOnlyItsCountysStations() {
    String admin = api.token("admin");
    JsonObject xiangshan = api.get("api/stations?q=RS340603&size=1", admin).expect(200).json().getJsonArray("items").getJsonObject(0);
    WebDriver driver = PageChecks.browser();
    try {
      signIn(driver, "suixi");
      wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("nav:stations"))).click();
      wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.station-link")));
      List<WebElement> codes = driver.findElements(By.cssSelector("a.station-link"));
      assertFalse(codes.isEmpty());
      codes.forEach(c -> assertTrue(c.getText().substring(2).startsWith("340621"), "only Suixi's stations: " + c.getText()));
      driver.findElement(By.id("filters:q")).sendKeys("RS340603");
      driver.findElement(By.id("filters:search")).click();
      wait(driver).until(ExpectedConditions.textToBe(By.id("total"), "共 0 个站点"));
      assertTrue(driver.findElements(By.cssSelector("a.station-link")).isEmpty());
      driver.get(base + "station-detail.xhtml?id=" + xiangshan.getJsonNumber("id"));
      wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "站点"));
      assertTrue(driver.findElements(By.id("link:code")).isEmpty(), "another county's station does not open");
      assertFalse(driver.getPageSource().contains(xiangshan.getString("code")));
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private void search(WebDriver driver, String code) {
    WebElement q = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("filters:q")));
    q.clear();
    q.sendKeys(code);
    driver.findElement(By.id("filters:search")).click();
    wait(driver).ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> rows = d.findElements(By.cssSelector("a.station-link"));
      return rows.size() == 1 && rows.get(0).getText().equals(code);
    });
  }

  private static void upload(WebDriver driver, byte[] file) {
    try {
      Path path = Files.createTempFile("station-bundle", ".txt");
      Files.write(path, file);
      wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='bundle'] input[type=file]")))
          .sendKeys(path.toAbsolutePath().toString());
      WebElement button = driver.findElement(By.id("bundle:upload"));
      button.click();
      // the form posts whole and the page is replaced: read the new page, not the last one's results
      wait(driver).until(ExpectedConditions.stalenessOf(button));
      wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("bundle:upload")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Signed batch(String station, String keyId, KeyPair key, long seq, RecordKind kind, JsonObject body) {
    SyncRecord r = new SyncRecord(seq, UUID.randomUUID().toString(), kind, Instant.now(), body);
    return Signed.of(Batch.of(station, keyId, 0, List.of(r)), key.getPrivate());
  }

  private void sendBatch(String station, Signed signed) {
    HttpRequest r = HttpRequest.newBuilder(URI.create(base + "api/sync/batches")).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("X-Sync-Station", station)
        .header("X-Sync-Signature", signed.signature()).POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())).build();
    try {
      HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, a.statusCode(), a.body());
      assertTrue(a.body().contains("QUARANTINED"), a.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void signIn(WebDriver driver, String username) {
    driver.get(base);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    PageChecks.signIn(driver, username, Api.PASSWORD);
  }

  private static WebDriverWait wait(WebDriver driver) {
    return PageChecks.patient(driver);
  }
}
