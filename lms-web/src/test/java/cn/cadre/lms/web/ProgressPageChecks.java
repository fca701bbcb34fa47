package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The progress page in a real browser: the center opens it from the nav, sees the city's four
 * districts and county and its own units with the total, drills down to 濉溪县 and sees its townships with the
 * trail back to the city, then shows another year of the county.
 */
final class ProgressPageChecks {

  private final String base;

  ProgressPageChecks(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  void run() {
    WebDriver driver = PageChecks.browser();
    try {
      theCenterDrillsFromTheCityToACounty(driver);
    } catch (RuntimeException | AssertionError e) {
      keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private void theCenterDrillsFromTheCityToACounty(WebDriver driver) {
    signIn(driver, "admin");
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav:progress")));
    driver.findElement(By.id("nav:progress")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.progress-link")));
    assertTrue(driver.findElement(By.id("breadcrumb")).getText().contains("淮北市"));
    List<WebElement> counties = driver.findElements(By.cssSelector("a.progress-link"));
    assertEquals(4, counties.size(), driver.getPageSource());
    assertTrue(driver.findElement(By.cssSelector(".units-at-node")).getText().contains("本级单位"));
    String cityTotal = driver.findElement(By.cssSelector("#rows tfoot")).getText();
    assertTrue(cityTotal.contains("合计"), cityTotal);

    driver.findElement(By.linkText("濉溪县")).click();
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("breadcrumb"), "濉溪县"));
    String trail = driver.findElement(By.id("breadcrumb")).getText();
    assertTrue(trail.indexOf("淮北市") < trail.indexOf("濉溪县"), trail);
    List<WebElement> townships = driver.findElements(By.cssSelector("a.progress-link"));
    assertTrue(townships.size() >= 5, "the county's townships: " + townships.size());
    String table = driver.findElement(By.id("rows")).getText();
    assertTrue(table.contains("乡镇"), table);
    assertTrue(table.contains("在职干部") && table.contains("站点学习"), table);
    String url = driver.getCurrentUrl();

    // last year of the same county: the selector keeps the node
    String lastYear = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 1);
    // the menu's panel opens with an animation: a click on an item while it moves can be lost, so
    // the choice is made until the menu's label shows it
    wait(driver).until(d -> {
      if (!d.findElement(By.id("filter:year_label")).getText().contains(lastYear)) {
        d.findElement(By.id("filter:year")).click();
        wait(d).until(ExpectedConditions.elementToBeClickable(
            By.cssSelector("#filter\\:year_items li[data-label='" + lastYear + "']"))).click();
      }
      return d.findElement(By.id("filter:year_label")).getText().contains(lastYear);
    });
    driver.findElement(By.id("filter:show")).click();
    wait(driver).until(ExpectedConditions.urlContains("year=" + lastYear));
    assertTrue(driver.getCurrentUrl().contains(url.replaceAll(".*[?&](node=\\d+).*", "$1")), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id("breadcrumb")).getText().contains("濉溪县"));
    assertTrue(!driver.findElements(By.cssSelector("a.progress-link")).isEmpty());
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
    PageChecks.keepEvidence(driver, "progress-page-failure.html");
  }


  private static WebDriverWait wait(WebDriver driver) {
    return PageChecks.patient(driver);
  }
}
