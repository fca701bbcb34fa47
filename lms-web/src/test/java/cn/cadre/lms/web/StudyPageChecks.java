package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole story in a real browser: the center makes a course required for the demo cadre;
 * the cadre finds it on the home page, enrols, studies the lesson while the page is visible, a second
 * tab stops the first, the lesson completes, the home page and the credits page show it with the
 * reasons; the center sees the cadre's shortfall shrink by the course's credit and the ledger verifies.
 */
final class StudyPageChecks {

  static final String COURSE = "浏览器学时测试课";

  private final Api api;
  private final String base;

  StudyPageChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  void run() {
    String admin = api.token("admin");
    long[] ids = new StudyChecks(api).publishedCourse(api.token("admin"), COURSE, 6, "1.0");
    long cadreId = api.get("api/me", api.token("cadre")).expect(200).json().getJsonNumber("cadreId").longValue();
    String path = api.get("api/cadres/" + cadreId, admin).expect(200).json().getString("path");
    api.post("api/assignments", admin, "{\"courseId\":" + ids[0] + ",\"audience\":\"PATH\",\"path\":\"" + path
        + "\",\"dueOn\":\"2026-12-31\",\"year\":2026}").expect(201);
    BigDecimal before = shortfall(admin, cadreId);
    assertTrue(before.compareTo(BigDecimal.ONE) >= 0, "the demo cadre starts short of the requirement: " + before);

    WebDriver driver = PageChecks.browser();
    try {
      studyTheRequiredCourse(driver, ids[1]);
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
    assertEquals(before.subtract(BigDecimal.ONE), shortfall(admin, cadreId),
        "the center sees the shortfall shrink by the course's credit");
    var report = api.get("api/credits/verification?year=2026", admin).expect(200).json();
    assertTrue(report.getBoolean("ok"), report.toString());
  }

  private void studyTheRequiredCourse(WebDriver driver, long lessonId) {
    driver.get(base + "login.xhtml");
    PageChecks.signIn(driver, "cadre", Api.PASSWORD);
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("due"), COURSE));
    driver.findElement(By.linkText(COURSE)).click();
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("actions:enrol"))).click();
    // enrolling re-renders the page; the lesson link is clickable once the button is gone
    wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("actions:enrol")));
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.linkText("第一讲"))).click();

    String first = driver.getWindowHandle();
    wait(driver).until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("player")), "data-session"));
    wait(driver).until(ExpectedConditions.attributeToBe(By.id("player"), "data-reason", "COUNTED"));
    assertNotEquals("0:00", driver.findElement(By.id("study-counted")).getText(), "time counts while the page is visible");

    driver.switchTo().newWindow(WindowType.TAB);
    driver.get(base + "lesson.xhtml?id=" + lessonId);
    wait(driver).until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("player")), "data-session"));
    String second = driver.getWindowHandle();
    driver.switchTo().window(first);
    wait(driver).until(ExpectedConditions.attributeToBe(By.id("player"), "data-stopped", "true"));
    assertTrue(driver.findElement(By.id("study-state")).getText().contains("另一个窗口"),
        driver.findElement(By.id("study-state")).getText());
    driver.close();
    driver.switchTo().window(second);
    wait(driver).until(ExpectedConditions.attributeToBe(By.id("player"), "data-complete", "true"));

    // the record under the player names what counted and why the rest did not
    driver.findElement(By.id("record:refresh")).click();
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("record:reasons"), "计入学时"));

    // leaving the page ends the session; its credits and the course's completion follow
    driver.get(base + "index.xhtml");
    new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
      d.navigate().refresh();
      return d.findElement(By.id("completed")).getText().contains(COURSE);
    });
    driver.get(base + "credits.xhtml");
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), COURSE));
  }

  private BigDecimal shortfall(String admin, long cadreId) {
    return api.get("api/credits/cadres/" + cadreId + "?year=2026", admin).expect(200).json()
        .getJsonNumber("shortfall").bigDecimalValue();
  }

  private static WebDriverWait wait(WebDriver driver) {
    return PageChecks.patient(driver);
  }
}
