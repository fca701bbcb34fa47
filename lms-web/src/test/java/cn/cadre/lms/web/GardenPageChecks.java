package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The garden page in headless Chromium: the demo cadre opens the unit garden from the list, an
 * empty title is refused next to the field, then a reflection written in the rich-text editor with
 * bold text shows bold; a colleague's title written as HTML shows as text.
 */
final class GardenPageChecks {

  static final String INJECTED_TITLE = "<b>不是粗体</b>的标题";

  private final Api api;
  private final String base;

  GardenPageChecks(Api api, String base) {
    this.api = api;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  void run() {
    String colleague = api.token("colleague");
    long garden = new GardenChecks(api, base).garden(colleague, GardenChecks.UNIT_GARDEN);
    api.post("api/gardens/" + garden + "/posts", colleague, GardenChecks.reflection(INJECTED_TITLE, "<p>同事的心得</p>"))
        .expect(201);
    WebDriver driver = PageChecks.browser();
    try {
      var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      wait.ignoring(StaleElementReferenceException.class);
      driver.get(base + "login.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
      PageChecks.signIn(driver, "cadre", Api.PASSWORD);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:gardens"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gardens:list")));
      String list = driver.findElement(By.id("gardens:list")).getText();
      assertTrue(list.contains(GardenChecks.CITY_GARDEN) && list.contains(GardenChecks.COUNTY_GARDEN), list);
      driver.findElement(By.linkText(GardenChecks.UNIT_GARDEN)).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reflection:publish")));
      assertTrue(driver.findElement(By.id("activity")).getText().contains("发表了"), "the members' activity shows");

      writeABoldReflection(driver, wait);
      WebElement injected = driver.findElement(By.xpath("//h3[contains(@class,'lms-post-title')][contains(., '不是粗体')]"));
      assertEquals(INJECTED_TITLE, injected.getText(), "the title's tags are text, not markup");
      assertTrue(injected.findElements(By.tagName("b")).isEmpty());
      commentsAndEnglish(driver, wait);
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  /** An empty title is refused next to the field; bold text typed through the editor's toolbar shows bold. */
  private static void writeABoldReflection(WebDriver driver, WebDriverWait wait) {
    driver.findElement(By.id("reflection:publish")).click();
    String required = wait.until(d -> {
      String t = d.findElement(By.cssSelector("[id='reflection:title'] ~ .ui-message, [id='reflection:title'] + .ui-message")).getText();
      return t.contains("必填") ? t : null;
    });
    assertTrue(required.contains("必填"), required);

    driver.findElement(By.id("reflection:title")).sendKeys("浏览器里写的心得");
    WebElement editor = driver.findElement(By.cssSelector("[id='reflection:body'] .ql-editor"));
    editor.click();
    editor.sendKeys("学习要");
    driver.findElement(By.cssSelector("[id='reflection:body'] button.ql-bold")).click();
    editor.sendKeys("学用结合");
    driver.findElement(By.cssSelector("[id='reflection:body'] button.ql-bold")).click();
    editor.sendKeys("，久久为功。");
    driver.findElement(By.id("reflection:publish")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已发表"));
    WebElement bold = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//article[.//h3[text()='浏览器里写的心得']]//div[contains(@class,'lms-post-body')]//strong")));
    assertEquals("学用结合", bold.getText());
  }

  /** An empty comment is refused next to that post's box, a real one shows; the page reads in English too. */
  private static void commentsAndEnglish(WebDriver driver, WebDriverWait wait) {
    By mine = By.xpath("//article[.//h3[text()='浏览器里写的心得']]");
    driver.findElement(mine).findElement(By.cssSelector("button[id$=':send']")).click();
    wait.until(d -> d.findElement(mine).findElement(By.className("lms-comment-form")).getText().contains("必填"));
    driver.findElement(mine).findElement(By.cssSelector("textarea[id$=':comment']")).sendKeys("补充一句：重在落实。");
    driver.findElement(mine).findElement(By.cssSelector("button[id$=':send']")).click();
    wait.until(d -> d.findElement(mine).findElement(By.className("lms-comments")).getText().contains("补充一句：重在落实。"));
    driver.findElement(By.id("nav:lang")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:gardens"), "Study gardens"));
    String page = driver.findElement(By.tagName("body")).getText();
    assertTrue(page.contains("Posts by member") && page.contains("Write a study reflection"), page);
  }
}
