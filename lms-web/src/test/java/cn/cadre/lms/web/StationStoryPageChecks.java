package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5's "done when" in the browser, across two running servers: the operator of village
 * station RS340621100201 records a broadcast and the roster cadre's attendance while the center is
 * down, sees the records waiting and "center unreachable" in words; the center comes back, "sync
 * now" empties the queue; the center's stations page shows the station in contact with nothing
 * waiting, and the cadre's ledger holds a STATION_SESSION entry for exactly that attendance.
 *
 * <p>The station must be enrolled already (started with an enrolment code for RS340621100201) and
 * both servers up when {@link #run()} starts. The caller owns the processes: {@code stopCenter}
 * returns once the center no longer answers, {@code startCenter} once it answers again (GET
 * /health UP). Used by the station fault test, which runs a center and a station of its own.
 * The story's session is a 90-minute broadcast today at 14:00 (China time), worth 2 credits: the
 * roster cadre needs room under today's daily cap (a fresh center has it), and since the station's
 * page lists the 100 sessions that start last, a caller that recorded more sessions starting later
 * runs the story first.
 */
public final class StationStoryPageChecks {

  static final String OPERATOR = "operator";
  private static final Duration SYNC_DEADLINE = Duration.ofSeconds(60);
  private static final Duration CREDIT_DEADLINE = Duration.ofSeconds(60);

  private final String station;
  private final String center;
  private final Runnable stopCenter;
  private final Runnable startCenter;
  private final Supplier<String> centerAdminToken;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param stationBase the station's address, e.g. http://127.0.0.1:8096/
   * @param centerBase the center's address as the browser reaches it
   * @param stopCenter stops the center (a kill, or cutting the link), returning when it is down
   * @param startCenter starts it again, returning when it answers
   * @param centerAdminToken a bearer token of a center administrator, asked for after the restart
   */
  public StationStoryPageChecks(String stationBase, String centerBase, Runnable stopCenter, Runnable startCenter,
      Supplier<String> centerAdminToken) {
    this.station = slash(stationBase);
    this.center = slash(centerBase);
    this.stopCenter = stopCenter;
    this.startCenter = startCenter;
    this.centerAdminToken = centerAdminToken;
  }

  /** The same, signing in at the center as this administrator whenever a token is needed. */
  public StationStoryPageChecks(String stationBase, String centerBase, Runnable stopCenter, Runnable startCenter,
      String adminUsername, String adminPassword) {
    this(stationBase, centerBase, stopCenter, startCenter, () -> token(centerBase, adminUsername, adminPassword));
  }

  /** What the operator recorded: the cadre who attended and the attendance's record id. */
  private record Attended(long cadreId, String attendanceId, String sessionTitle) {}

  public void run() {
    WebDriver driver = PageChecks.browser();
    try {
      String operatorToken = token(station, OPERATOR, Api.PASSWORD);
      Set<String> before = outboxIds(operatorToken);
      String code = operatorOpensTheStationPage(driver);
      stopCenter.run();
      Attended attended = recordsABroadcastAndItsAttendance(driver, operatorToken, before);
      seesRecordsWaitingAndTheCenterUnreachable(driver);
      startCenter.run();
      centerServesPages();
      syncNowEmptiesTheQueue(driver);
      driver.manage().deleteAllCookies();
      theCenterSeesTheStationInContact(driver, code);
      theCadreIsCreditedForTheAttendance(attended);
    } catch (RuntimeException | AssertionError e) {
      keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private String operatorOpensTheStationPage(WebDriver driver) {
    driver.get(station);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    PageChecks.signIn(driver, OPERATOR, Api.PASSWORD);
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("nav:station"))).click();
    String code = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("station:code"))).getText();
    assertTrue(code.startsWith("RS340621100201"), code);
    assertTrue(driver.findElements(By.id("nav:courseEdit")).isEmpty(), "a station offers none of the center's editing");
    assertTrue(driver.findElements(By.id("nav:import")).isEmpty());
    return code.split(" ")[0];
  }

  private Attended recordsABroadcastAndItsAttendance(WebDriver driver, String operatorToken, Set<String> before) {
    String title = "直播收看 " + Instant.now().toEpochMilli();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    // a course viewing (the form's first kind) without its course, ending before it starts: each problem next to its field
    setValue(driver, "session:startsAt", today + "T14:00");
    setValue(driver, "session:endsAt", today + "T13:00");
    driver.findElement(By.id("session:save")).click();
    assertTrue(fieldMessage(driver, "session:course").contains("请选择本站点可用的课程"));
    assertTrue(fieldMessage(driver, "session:endsAt").contains("结束时间须晚于开始时间"));

    choose(driver, "session:kind", "直播收看");
    driver.findElement(By.id("session:title")).sendKeys(title);
    // a date-time input takes its value from a script, not typed digits; 90 minutes today, China time
    setValue(driver, "session:startsAt", today + "T14:00");
    setValue(driver, "session:endsAt", today + "T15:30");
    driver.findElement(By.id("session:save")).click();
    By row = By.xpath("//article[.//h3[normalize-space()='" + title + "']]");
    WebElement session = wait(driver).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.presenceOfElementLocated(row));
    String cadre = session.findElement(By.cssSelector("select[id$=':cadreId_input'] option:nth-child(2)")).getAttribute("value");
    String menu = session.findElement(By.cssSelector("div.ui-selectonemenu[id$=':cadreId']")).getAttribute("id");
    String prefix = menu.substring(0, menu.length() - "cadreId".length());
    choose(driver, menu, null);
    driver.findElement(By.id(prefix + "minutes")).sendKeys("91");
    driver.findElement(By.id(prefix + "attend")).click();
    assertTrue(fieldMessage(driver, prefix + "minutes").contains("1 到 90 分钟"), "no more than the session's length");
    driver.findElement(By.id(prefix + "minutes")).clear();
    driver.findElement(By.id(prefix + "attend")).click();
    // minutes left empty: the whole session
    wait(driver).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(row).getText().contains("参学 1 人，共 90 分钟"));
    List<JsonObject> made = outbox(operatorToken).stream().filter(r -> !before.contains(r.getString("id"))).toList();
    assertEquals(List.of("GROUP_SESSION", "ATTENDANCE"), made.stream().map(r -> r.getString("kind")).toList(), made.toString());
    return new Attended(Long.parseLong(cadre), made.get(1).getString("id"), title);
  }

  private void seesRecordsWaitingAndTheCenterUnreachable(WebDriver driver) {
    assertTrue(waiting(driver) >= 2, "the session and its attendance wait: " + waiting(driver));
    syncNow(driver);
    String error = text(driver, "station:lastError");
    assertTrue(error.contains("无法连接中心"), error);
    assertTrue(waiting(driver) >= 2, "nothing left the station");
  }

  /**
   * Payara answers /health before the WAR is deployed (a sync then meets 404s and 500s): like
   * {@code ./lms}, count the center as back once its sign-in page loads.
   */
  private void centerServesPages() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
    while (true) {
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(center + "login.xhtml")).timeout(Duration.ofSeconds(20))
            .GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      assertFalse(Instant.now().isAfter(deadline), "the center did not serve its sign-in page within 240 s of starting");
      Pause.millis(1000);
    }
  }

  private void syncNowEmptiesTheQueue(WebDriver driver) {
    Instant deadline = Instant.now().plus(SYNC_DEADLINE);
    while (true) {
      syncNow(driver);
      if (waiting(driver) == 0 && !text(driver, "station:lastSuccess").equals("从未")
          && text(driver, "station:lastError").equals("无")) {
        return;
      }
      assertFalse(Instant.now().isAfter(deadline), "still waiting after " + SYNC_DEADLINE.toSeconds() + " s: "
          + text(driver, "station:waiting") + " / " + text(driver, "station:lastError"));
      Pause.millis(2000);
    }
  }

  /** Presses "sync now" and waits for its answer, which replaces the state panel (a link that swallows packets answers late). */
  private static void syncNow(WebDriver driver) {
    WebElement before = driver.findElement(By.id("station:waiting"));
    driver.findElement(By.id("station:syncNow")).click();
    slowWait(driver).until(ExpectedConditions.stalenessOf(before));
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("station:waiting")));
  }

  private void theCenterSeesTheStationInContact(WebDriver driver, String code) {
    driver.get(center);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    PageChecks.signIn(driver, "admin", Api.PASSWORD);
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("nav:stations"))).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("filters:q"))).sendKeys(code);
    driver.findElement(By.id("filters:search")).click();
    wait(driver).ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> rows = d.findElements(By.cssSelector("[id='stations'] tbody tr"));
      return rows.size() == 1 && rows.get(0).getText().contains(code);
    });
    List<WebElement> cells = driver.findElements(By.cssSelector("[id='stations'] tbody tr td"));
    assertEquals("是", cells.get(3).getText().strip(), "enrolled");
    assertFalse(cells.get(4).getText().isBlank(), "a last contact");
    assertEquals("0", cells.get(5).getText().strip(), "nothing waiting at the station");
  }

  private void theCadreIsCreditedForTheAttendance(Attended a) {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    Instant deadline = Instant.now().plus(CREDIT_DEADLINE);
    while (true) {
      JsonArray entries = (JsonArray) get(center + "api/credits/cadres/" + a.cadreId() + "/entries?year=" + year,
          centerAdminToken.get());
      boolean credited = entries.stream().map(v -> v.asJsonObject())
          .anyMatch(e -> "STATION_SESSION".equals(e.getString("sourceType", null)) && a.attendanceId().equals(e.getString("sourceRef", null)));
      if (credited) {
        return;
      }
      assertFalse(Instant.now().isAfter(deadline), "no STATION_SESSION entry for attendance " + a.attendanceId()
          + " of cadre " + a.cadreId() + " (" + a.sessionTitle() + "; a day already at the daily cap earns none): " + entries);
      Pause.millis(1000);
    }
  }

  /** The page as the browser saw it when a check failed, for whoever reads the CI log. */
  private static void keepEvidence(WebDriver driver) {
    PageChecks.keepEvidence(driver, "station-story-failure.html");
  }

  /**
   * Picks an item of a PrimeFaces select by its label, or (label null) the first item after the
   * placeholder, and waits until the form's own select holds it. Right after an AJAX update the
   * widget may still be binding its panel, so a pick that did not take is tried again.
   */
  private static void choose(WebDriver driver, String id, String label) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    wait(driver).until(d -> (Boolean) js.executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    By item = label == null
        ? By.cssSelector("[id='" + id + "_items'] li:nth-child(2)")
        : By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    String picked = "var s = document.getElementById(arguments[0] + '_input'); return arguments[1] == null"
        + " ? s.selectedIndex == 1 : s.options[s.selectedIndex].text == arguments[1];";
    for (int attempt = 1; ; attempt++) {
      try {
        driver.findElement(By.id(id)).click();
        wait(driver).until(ExpectedConditions.elementToBeClickable(item)).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) js.executeScript(picked, id, label));
        break;
      } catch (org.openqa.selenium.WebDriverException e) {
        // an item clicked while its panel was still opening: close the panel and pick again
        if (attempt == 4) {
          throw e;
        }
        closePanel(driver, id);
        Pause.millis(500);
      }
    }
    closePanel(driver, id);
  }

  private static void closePanel(WebDriver driver, String id) {
    if (!driver.findElements(By.cssSelector("[id='" + id + "_panel']:not([style*='display: none'])")).isEmpty()) {
      driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }
  }

  /** The text of the message beside a field, once there is one. */
  private static String fieldMessage(WebDriver driver, String id) {
    By message = By.xpath("//*[@id='" + id + "']/ancestor::*[self::div or self::span][.//*[contains(@class,'ui-message-error')]][1]"
        + "//*[contains(@class,'ui-message-error')]");
    return wait(driver).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.visibilityOfElementLocated(message)).getText();
  }

  private static void setValue(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private static long waiting(WebDriver driver) {
    return Long.parseLong(text(driver, "station:waiting").replace(",", ""));
  }

  private Set<String> outboxIds(String token) {
    return outbox(token).stream().map(r -> r.getString("id")).collect(Collectors.toSet());
  }

  private List<JsonObject> outbox(String token) {
    return ((JsonArray) get(station + "api/station/outbox", token)).stream().map(v -> v.asJsonObject()).toList();
  }

  /** A bearer token from a server's sign-in endpoint. */
  public static String token(String base, String username, String password) {
    String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    HttpRequest r = HttpRequest.newBuilder(URI.create(slash(base) + "api/auth/token")).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return ((JsonObject) send(HttpClient.newHttpClient(), r)).getString("token");
  }

  private JsonStructure get(String url, String token) {
    return send(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).GET().build());
  }

  private static JsonStructure send(HttpClient client, HttpRequest r) {
    try {
      HttpResponse<String> a = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, a.statusCode(), r.uri() + ": " + a.body());
      return Json.createReader(new StringReader(a.body())).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText().strip();
  }

  private static String slash(String base) {
    return base.endsWith("/") ? base : base + "/";
  }

  private static WebDriverWait wait(WebDriver driver) {
    return PageChecks.patient(driver);
  }

  /** For "sync now": one cycle may wait out a request to the center (60 s) or a cycle already running. */
  private static WebDriverWait slowWait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(150));
  }
}
