package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cadre.lms.common.ChinaTime;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The catalog pages in headless Chromium: a cadre's catalog and course page, an author's editor. */
final class CatalogPageChecks {

  private final String base;

  CatalogPageChecks(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** A cadre browses the catalog in Chinese, enrols in an elective and opens a course's page. */
  void catalogPagesInChinese() {
    WebDriver driver = PageChecks.browser();
    try {
      driver.get(base + "login.xhtml");
      var wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
      driver.findElement(By.id("login:username")).sendKeys("cadre");
      driver.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:courses"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalog:courses")));
      String table = driver.findElement(By.id("catalog:courses")).getText();
      assertTrue(table.contains("学习贯彻党的二十届四中全会精神"), table);
      assertTrue(table.contains("必修"), table);
      assertTrue(table.contains("选修"), table);
      driver.findElement(By.id("catalog:q")).sendKeys("乡村治理");
      driver.findElement(By.id("catalog:find")).click();
      // the table is replaced by the AJAX update: read it afresh until the search shows
      wait.until(d -> {
        String t = d.findElement(By.id("catalog:courses")).getText();
        return t.contains("濉溪县乡村治理实践") && !t.contains("四中全会");
      });
      driver.findElement(By.cssSelector("[id$=':enrol']")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog:courses"), "已选"));
      driver.findElement(By.linkText("濉溪县乡村治理实践")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lessons")));
      String lessons = driver.findElement(By.id("lessons")).getText();
      assertTrue(lessons.contains("村级议事协商机制"), lessons);
      assertTrue(driver.findElement(By.id("summary")).getText().contains("濉溪县分中心课程"));
      String href = driver.findElement(By.linkText("村级议事协商机制")).getAttribute("href");
      assertTrue(href.contains("lesson.xhtml?id="), href);
    } catch (RuntimeException | AssertionError e) {
      System.err.println(driver.getPageSource());
      throw e;
    } finally {
      driver.quit();
    }
  }

  /** A sub-center administrator drafts a county course in the editor, adds a lesson and publishes it. */
  void editorPublishesACountyCourse() {
    WebDriver driver = PageChecks.browser();
    try {
      var wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      driver.get(base + "login.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys("suixi");
      driver.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:courseEdit"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("course:create"))).click();
      // read until the AJAX update has replaced the message: a read in between meets a stale element
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[id='course:title'] ~ .ui-message, [id='course:title'] + .ui-message"), "必填"));
      driver.findElement(By.id("course:title")).sendKeys("濉溪县基层党建实务");
      driver.findElement(By.id("course:teacher")).sendKeys("王老师");
      driver.findElement(By.id("course:category")).sendKeys("党性教育");
      driver.findElement(By.id("course:create")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesson:title"))).sendKeys("第一讲");
      driver.findElement(By.id("lesson:body")).sendKeys("<p>基层党建的要求</p>");
      driver.findElement(By.id("lesson:add")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lessons"), "第一讲"));
      driver.findElement(By.id("lesson:publish")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已发布"));
    } catch (RuntimeException | AssertionError e) {
      System.err.println(driver.getPageSource());
      throw e;
    } finally {
      driver.quit();
    }
  }

  /**
   * A sub-center administrator makes a course required on the assignment page: a missing course, a
   * path outside the county and a missing due date are refused next to their fields, then the
   * assignment is made.
   */
  void assignmentPageRefusesBadInputNextToTheFieldThenAssigns() {
    WebDriver driver = PageChecks.browser();
    try {
      var wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      driver.get(base + "login.xhtml");
      PageChecks.signIn(driver, "suixi", Api.PASSWORD);
      var js = (org.openqa.selenium.JavascriptExecutor) driver;
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:assign"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("assign:submit"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[id='assign:courseId'] + .ui-message, [id='assign:courseId'] ~ .ui-message"), "必填"));
      // the first published course, chosen in the select the menu posts (its animated panel misses clicks)
      js.executeScript("document.getElementById('assign:courseId_input').selectedIndex = 1;");
      driver.findElement(By.id("assign:path")).sendKeys("/340600/340603/");
      driver.findElement(By.id("assign:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[id='assign:path'] + .ui-message, [id='assign:path'] ~ .ui-message"), "不在您的管理范围内"));
      driver.findElement(By.id("assign:path")).clear();
      driver.findElement(By.id("assign:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[id='assign:dueOn'] + .ui-message, [id='assign:dueOn'] ~ .ui-message"), "必填"));
      driver.findElement(By.id("assign:dueOn_input")).sendKeys(ChinaTime.today().getYear() + "-12-31");
      // the date picker's calendar stays open over the button, so the button is pressed from script
      js.executeScript("arguments[0].click();", driver.findElement(By.id("assign:submit")));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已指派"));
    } catch (RuntimeException | AssertionError e) {
      PageChecks.keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }
}
