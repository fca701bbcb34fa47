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

/** The search page in headless Chromium: the header's box, highlighted hits, a syntax error by the box. */
final class SearchPageChecks {

  private final String base;

  SearchPageChecks(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  void headerBoxFindsAChineseWordAndTheSyntaxErrorShowsByTheBox() {
    WebDriver driver = PageChecks.browser();
    try {
      var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      wait.ignoring(StaleElementReferenceException.class);
      driver.get(base + "login.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
      PageChecks.signIn(driver, "colleague", Api.PASSWORD);
      WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("headerSearch:q")));
      box.sendKeys("乡村振兴");
      driver.findElement(By.id("headerSearch:find")).click();

      WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
      assertTrue(results.getText().contains("全面推进乡村振兴"), results.getText());
      WebElement mark = results.findElement(By.cssSelector(".lms-hit-snippet mark"));
      assertTrue(mark.getText().startsWith("乡村"), mark.getText());
      assertEquals("乡村振兴", driver.findElement(By.id("search:q")).getAttribute("value"), "the query stays in the box");
      assertTrue(driver.getCurrentUrl().contains("search.xhtml?q="), driver.getCurrentUrl());

      WebElement q = driver.findElement(By.id("search:q"));
      q.clear();
      q.sendKeys("经济 AND (");
      driver.findElement(By.id("search:find")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[id='search:q'] ~ .ui-message, [id='search:q'] + .ui-message"), "无法解析"));
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }
}
