package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 4's "done when", all in the browser: the demo cadre writes a reflection with rich text in
 * the unit's garden and asks a question in the unit's board; a colleague of the same unit finds both
 * from the header's search box by a Chinese word, marked; a cadre of another county, searching the
 * same word, finds neither.
 */
final class CommunityStoryPageChecks {

  static final String WORD = "矿山生态修复";
  static final String REFLECTION = "心得：矿山生态修复的几点启示";
  static final String QUESTION = "请教：矿山生态修复项目的资金从哪里来";

  private final String base;

  CommunityStoryPageChecks(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  void run() {
    as("cadre", (driver) -> {
      WebDriverWait wait = waiting(driver);
      writeReflection(driver, wait);
      askQuestion(driver, wait);
    });
    as("colleague", driver -> {
      WebElement results = searchUntil(driver, "生态修复", true);
      assertTrue(results.getText().contains(REFLECTION) && results.getText().contains(QUESTION), results.getText());
      assertFalse(results.findElements(By.cssSelector(".lms-hit-snippet mark")).isEmpty(), "the word is marked");
    });
    as("xscadre", driver -> {
      // the colleague has found both, so the index holds them: another county must still see neither
      String seen = searchUntil(driver, "生态修复", false).getText();
      assertFalse(seen.contains(REFLECTION) || seen.contains(QUESTION), seen);
    });
  }

  private void as(String username, Consumer<WebDriver> story) {
    WebDriver driver = PageChecks.browser();
    try {
      driver.get(base + "login.xhtml");
      waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
      PageChecks.signIn(driver, username, Api.PASSWORD);
      story.accept(driver);
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return PageChecks.patient(driver);
  }

  private static void writeReflection(WebDriver driver, WebDriverWait wait) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav:gardens"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(GardenChecks.UNIT_GARDEN))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reflection:title"))).sendKeys(REFLECTION);
    WebElement editor = driver.findElement(By.cssSelector("[id='reflection:body'] .ql-editor"));
    editor.click();
    editor.sendKeys("治理采煤塌陷区，");
    driver.findElement(By.cssSelector("[id='reflection:body'] button.ql-bold")).click();
    editor.sendKeys(WORD);
    driver.findElement(By.cssSelector("[id='reflection:body'] button.ql-bold")).click();
    editor.sendKeys("要算长远账。");
    driver.findElement(By.id("reflection:publish")).click();
    WebElement bold = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//article[.//h3[text()='" + REFLECTION + "']]//div[contains(@class,'lms-post-body')]//strong")));
    assertEquals(WORD, bold.getText(), "the rich text is kept");
  }

  private static void askQuestion(WebDriver driver, WebDriverWait wait) {
    driver.findElement(By.id("nav:forums")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(ForumPageChecks.UNIT_BOARD))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thread:title"))).sendKeys(QUESTION);
    driver.findElement(By.cssSelector("[id='thread:body'] .ql-editor")).sendKeys("我们村的" + WORD + "项目缺资金，有哪些渠道？");
    ForumChecks.paced("cadre");
    driver.findElement(By.id("thread:start")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), QUESTION));
    ForumChecks.posted("cadre");
  }

  /**
   * Searches from the header box, then again from the results page until the hits hold both
   * titles (the index follows each commit in the background) or, when not expected, once.
   */
  private static WebElement searchUntil(WebDriver driver, String word, boolean expectBoth) {
    WebDriverWait wait = waiting(driver);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerSearch:q"))).sendKeys(word);
    driver.findElement(By.id("headerSearch:find")).click();
    long until = System.currentTimeMillis() + 20_000;
    while (true) {
      WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
      String text = results.getText();
      if (!expectBoth || (text.contains(REFLECTION) && text.contains(QUESTION)) || System.currentTimeMillis() > until) {
        return results;
      }
      driver.findElement(By.id("search:find")).click();
      wait.until(ExpectedConditions.stalenessOf(results));
    }
  }
}
