package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The forum pages in headless Chromium: a cadre asks in the unit board and replies with a quote. */
final class ForumPageChecks {

  static final String UNIT_BOARD = "濉溪县委组织部交流区";

  private final Api api;
  private final String base;

  ForumPageChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return PageChecks.patient(driver);
  }

  /** Signs in and waits for the nav's forum link. */
  private void signIn(WebDriver driver, WebDriverWait wait, String username) {
    driver.get(base + "login.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    PageChecks.signIn(driver, username, Api.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:forums")));
  }

  private static String messageNextTo(String id) {
    return "[id='" + id + "'] ~ .ui-message, [id='" + id + "'] + .ui-message";
  }

  /**
   * A cadre opens the unit board from the nav, is told next to the field that the title is
   * missing, posts a question, then quotes it in a reply.
   */
  void aCadreAsksAQuestionInTheUnitBoard() {
    WebDriver driver = PageChecks.browser();
    try {
      var wait = waiting(driver);
      signIn(driver, wait, "cadre");
      driver.findElement(By.id("nav:forums")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(UNIT_BOARD))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("thread:start"))).click();
      // the message element is there before the postback too, empty: wait for its text on the new page
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(messageNextTo("thread:title")), "必填"));
      driver.findElement(By.id("thread:title")).sendKeys("如何安排每周的网上学习时间？");
      driver.findElement(By.cssSelector("[id='thread:body'] .ql-editor")).sendKeys("大家每天固定安排多长时间学习？");
      ForumChecks.paced("cadre"); // the throttle: this cadre may have just posted over REST
      driver.findElement(By.id("thread:start")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "如何安排每周的网上学习时间？"));
      ForumChecks.posted("cadre");
      assertTrue(driver.findElement(By.cssSelector(".lms-post-body")).getText().contains("大家每天固定安排多长时间学习？"));

      driver.findElement(By.cssSelector("[id$=':quote']")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='reply'] .lms-quote")));
      driver.findElement(By.cssSelector("[id='reply:body'] .ql-editor")).sendKeys("我一般每天午休后学习半小时。");
      ForumChecks.paced("cadre");
      driver.findElement(By.id("reply:send")).click();
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".lms-post"), 2));
      ForumChecks.posted("cadre");
      String quote = driver.findElement(By.cssSelector(".lms-post .lms-quote")).getText();
      assertTrue(quote.contains("引用 1 楼") && quote.contains("大家每天固定安排多长时间学习？"), quote);
    } catch (RuntimeException | AssertionError e) {
      System.err.println(driver.getPageSource());
      throw e;
    } finally {
      driver.quit();
    }
  }

  /** A title and body written with script in them show as text and run nothing. */
  void injectedScriptStaysInert() {
    ForumChecks f = new ForumChecks(api, base);
    String title = "<script>alert('title')</script><b>粗体</b>";
    long thread = f.start("liaison", f.board("liaison", "UNIT"), title,
        "<p>正文<img src=x onerror=alert('img')><script>alert('body')</script></p>");
    WebDriver driver = PageChecks.browser();
    try {
      var wait = waiting(driver);
      signIn(driver, wait, "colleague");
      driver.get(base + "thread.xhtml?id=" + thread);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lms-post-body")));
      assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the title shows as the text it is");
      assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
      assertTrue(driver.findElements(By.cssSelector(".lms-post-body script, .lms-post-body img, h1 b")).isEmpty());
    } catch (RuntimeException | AssertionError e) {
      System.err.println(driver.getPageSource());
      throw e;
    } finally {
      driver.quit();
    }
  }
}
