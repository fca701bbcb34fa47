package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The credit pages in a real browser: a cadre's home page shows the year's progress and the
 * "my credits" page the ledger with reasons; a county administrator's review lists the county's
 * cadres, filters to those short of the requirement and opens one cadre's credits.
 */
final class CreditPageChecks {

  private final String base;

  CreditPageChecks(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  void run() {
    WebDriver driver = PageChecks.browser();
    try {
      aCadreSeesProgressAndTheLedgerWithReasons(driver);
      driver.manage().deleteAllCookies();
      anAdministratorReviewsTheCountyAndOpensACadre(driver);
    } catch (RuntimeException | AssertionError e) {
      keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private void aCadreSeesProgressAndTheLedgerWithReasons(WebDriver driver) {
    signIn(driver, "cadre");
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("creditSummary")));
    assertTrue(driver.findElement(By.id("creditSummary")).getText().contains("尚差"), driver.getPageSource());
    driver.findElement(By.id("nav:myCredits")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));
    String ledger = driver.findElement(By.id("entries")).getText();
    assertTrue(ledger.contains("有效学习"), ledger);
    assertFalse(driver.findElement(By.id("shortfall")).getText().isBlank());
    assertTrue(driver.findElements(By.id("nav:review")).isEmpty(), "a cadre reviews nobody");
  }

  private void anAdministratorReviewsTheCountyAndOpensACadre(WebDriver driver) {
    signIn(driver, "suixi");
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav:review")));
    driver.findElement(By.id("nav:review")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.review-link")));
    String allTotal = driver.findElement(By.id("total")).getText();
    driver.findElement(By.cssSelector("#filters\\:shortfall .ui-chkbox-box")).click();
    driver.findElement(By.id("filters:search")).click();
    wait(driver).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("total"), allTotal)));
    String name = driver.findElement(By.cssSelector("a.review-link")).getText();
    driver.findElement(By.cssSelector("a.review-link")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));
    assertTrue(driver.findElement(By.id("required")).getText().contains("/"), name);
  }

  private void signIn(WebDriver driver, String username) {
    driver.get(base);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
    driver.findElement(By.id("login:submit")).click();
  }

  /** The page as the browser saw it when a check failed, for whoever reads the CI log. */
  private static void keepEvidence(WebDriver driver) {
    PageChecks.keepEvidence(driver, "credit-page-failure.html");
  }


  private static WebDriverWait wait(WebDriver driver) {
    return PageChecks.patient(driver);
  }
}
