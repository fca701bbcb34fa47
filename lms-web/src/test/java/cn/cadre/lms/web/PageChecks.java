package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromedriver): sign-in, the tree
 * browser and the people list, in Chinese by default and in English after switching.
 */
final class PageChecks {

  private final String base;

  PageChecks(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  static WebDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("lms.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=zh-CN", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(System.getProperty("lms.chromedriver", "/usr/bin/chromedriver")))
        .build();
    return new ChromeDriver(service, options);
  }

  void run() {
    WebDriver driver = browser();
    try {
      wrongPasswordIsRefusedNextToTheForm(driver);
      signInBrowseTheTreeAndSearchPeople(driver);
      aBrokenSpreadsheetIsRefusedRowByRow(driver);
      anAdminAddsACadreAndSetsTheFirstPassword(driver);
      switchToEnglish(driver);
      signOut(driver);
      aCadreSeesOwnRecordAndNoDirectory(driver);
    } catch (RuntimeException | AssertionError e) {
      keepEvidence(driver);
      throw e;
    } finally {
      driver.quit();
    }
  }

  private void wrongPasswordIsRefusedNextToTheForm(WebDriver driver) {
    driver.get(base);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    assertTrue(driver.getTitle().contains("登录"), driver.getTitle());
    signIn(driver, "xiangshan", "not-the-password");
    String failure = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:failure"))).getText();
    assertTrue(failure.contains("用户名或密码错误"), failure);
    signIn(driver, "", "");
    // the form posts and the page is replaced: read the message of the new page, not the old one's
    String required = wait(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      String text = d.findElement(By.cssSelector("[id='login:username'] ~ .ui-message, .ui-message")).getText();
      return text.contains("必填") ? text : null;
    });
    assertTrue(required.contains("必填"), required);
  }

  private void signInBrowseTheTreeAndSearchPeople(WebDriver driver) {
    signIn(driver, "suixi", Api.PASSWORD);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    assertTrue(text(driver, "welcome").contains("欢迎"));
    assertTrue(driver.findElement(By.id("roles")).getText().contains("分中心管理员"));

    // the signed-in browser's session does not open the API (bearer tokens only: no CSRF there)
    driver.get(base + "api/me");
    assertTrue(driver.getPageSource().contains("problem.unauthenticated"), driver.getPageSource());
    driver.get(base + "index.xhtml");
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav:tree")));

    driver.findElement(By.id("nav:tree")).click();
    WebElement county = wait(driver).until(ExpectedConditions.elementToBeClickable(By.linkText("濉溪县")));
    String countyRow = county.findElement(By.xpath("./ancestor::tr")).getText();
    assertTrue(countyRow.matches("(?s).*\\d{3,}.*"), "the county shows its cadre count: " + countyRow);
    county.click();
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("breadcrumb"), "濉溪县"));
    List<WebElement> townships = driver.findElements(By.cssSelector("a.node-link"));
    assertTrue(townships.size() >= 5, "Suixi's townships are listed");
    assertTrue(driver.getPageSource().contains("乡镇（街道）"));
    assertFalse(driver.getPageSource().contains("相山区"), "no other county appears");

    String countyUrl = driver.getCurrentUrl();
    driver.findElements(By.cssSelector("a.node-link")).get(0).click(); // a township
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "村（社区）"));
    driver.findElements(By.cssSelector("a.node-link")).get(0).click(); // its first village
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "远程教育接收站"));
    assertTrue(driver.findElement(By.id("breadcrumb")).getText().contains("濉溪县"));
    driver.get(countyUrl);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.unit-link")));

    WebElement unit = driver.findElements(By.cssSelector("a.unit-link")).get(0);
    String unitName = unit.getText();
    unit.click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cadres")));
    assertTrue(driver.findElement(By.id("filters:unit_input")).getAttribute("value").endsWith(unitName));
    List<WebElement> rows = driver.findElements(By.cssSelector("[id='cadres'] tbody tr"));
    assertFalse(rows.isEmpty());
    rows.forEach(r -> assertTrue(r.getText().contains(unitName), r.getText()));

    driver.findElement(By.id("nav:people")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("filters:q")));
    assertTrue(text(driver, "total").matches("共 [\\d,]+ 人"), text(driver, "total"));
    assertEquals("", driver.findElement(By.id("filters:unit_input")).getAttribute("value"), "a fresh list has no unit filter");
    String before = text(driver, "total");
    driver.findElement(By.id("filters:q")).sendKeys("王");
    driver.findElement(By.id("filters:search")).click();
    wait(driver).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("total"), before)));
    List<WebElement> names = driver.findElements(By.cssSelector("a.cadre-link"));
    assertFalse(names.isEmpty());
    names.forEach(n -> assertTrue(n.getText().contains("王"), n.getText()));

    names.get(0).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cadre:name")));
    assertTrue(driver.findElement(By.id("cadre:name")).getAttribute("value").contains("王"));
    assertTrue(driver.findElement(By.id("postings")).getText().contains("至今"));
    anEditShowsItsErrorNextToTheFieldAndThenSaves(driver);
  }

  private void anEditShowsItsErrorNextToTheFieldAndThenSaves(WebDriver driver) {
    WebElement name = driver.findElement(By.id("cadre:name"));
    String original = name.getAttribute("value");
    name.clear();
    name.sendKeys("王" + "长".repeat(40));
    driver.findElement(By.id("cadre:save")).click();
    // the message is the field's own p:message, the input's next sibling, not a banner
    WebElement error = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[@id='cadre:name']/following-sibling::*[contains(@class,'ui-message')]")));
    assertTrue(error.getText().contains("不能超过 40 个字符"), error.getText());
    WebElement again = driver.findElement(By.id("cadre:name"));
    again.clear();
    again.sendKeys(original);
    WebElement post = driver.findElement(By.id("cadre:post"));
    post.clear();
    post.sendKeys("四级调研员");
    driver.findElement(By.id("cadre:save")).click();
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已保存"));
    assertEquals("四级调研员", driver.findElement(By.id("cadre:post")).getAttribute("value"));
  }

  private void anAdminAddsACadreAndSetsTheFirstPassword(WebDriver driver) {
    driver.findElement(By.id("nav:people")).click();
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("filters:new"))).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cadre:name"))).sendKeys("周新来");
    driver.findElement(By.id("cadre:unitId_input")).sendKeys("组织部");
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
    driver.findElement(By.id("cadre:save")).click();
    WebElement postError = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[@id='cadre:post']/following-sibling::*[contains(@class,'ui-message')]")));
    assertTrue(postError.getText().contains("必填"), postError.getText());
    driver.findElement(By.id("cadre:post")).sendKeys("科员");
    driver.findElement(By.id("cadre:unitId_input")).clear();
    driver.findElement(By.id("cadre:unitId_input")).sendKeys("组织部");
    wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
    driver.findElement(By.id("cadre:save")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("postings")));
    assertEquals("周新来", driver.findElement(By.id("cadre:name")).getAttribute("value"));
    assertTrue(text(driver, "cadre:unit").contains("组织部"));
    driver.findElement(By.cssSelector("[id$=':reset']")).click();
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "临时密码"));
  }

  private void aBrokenSpreadsheetIsRefusedRowByRow(WebDriver driver) {
    driver.findElement(By.id("nav:import")).click();
    WebElement input = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
    try {
      java.nio.file.Path csv = java.nio.file.Files.createTempFile("cadres", ".csv");
      java.nio.file.Files.writeString(csv, "姓名,性别,单位编码,职务,职级,管理权限\n甲,男,U99999,科员,乡科级,县管\n乙,不详,U99999,科员,乡科级,县管\n");
      input.sendKeys(csv.toAbsolutePath().toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    driver.findElement(By.id("import:submit")).click();
    String problems = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("problems"))).getText();
    assertTrue(problems.contains("单位编码") && problems.contains("单位不存在或不在您的管理范围内"), problems);
    assertTrue(problems.contains("取值无法识别"), "row 3's gender: " + problems);
    assertTrue(driver.findElement(By.id("messages")).getText().contains("整份文件未导入"));
  }

  private void signOut(WebDriver driver) {
    driver.findElement(By.id("nav:signOut")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    driver.get(base + "people.xhtml");
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
  }

  private void aCadreSeesOwnRecordAndNoDirectory(WebDriver driver) {
    signIn(driver, "cadre", Api.PASSWORD);
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("myUnit")));
    assertEquals("濉溪县委组织部", text(driver, "myUnit"));
    assertTrue(driver.findElements(By.id("nav:tree")).isEmpty(), "a cadre has no directory menu");
    driver.get(base + "people.xhtml");
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    assertTrue(driver.findElements(By.cssSelector("a.cadre-link")).isEmpty(), "and sees nobody by URL either");
  }

  private void switchToEnglish(WebDriver driver) {
    driver.findElement(By.id("nav:lang")).click();
    wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "Cadres"));
    driver.findElement(By.id("nav:people")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    assertTrue(text(driver, "total").matches("[\\d,]+ cadres"), text(driver, "total"));
    assertTrue(driver.findElement(By.id("cadres")).getText().contains("Rank"));
    driver.findElement(By.id("nav:tree")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("entries")));
    assertTrue(driver.findElement(By.id("entries")).getText().contains("County/district"));
    assertEquals("Organisation - Cadre Network Training", driver.getTitle());
  }

  /** The page as the browser saw it when a check failed, for whoever reads the CI log. */
  static void keepEvidence(WebDriver driver) {
    keepEvidence(driver, "page-failure.html");
  }

  /** The page a browser check failed on, kept under target/it as FILE for a look. */
  static void keepEvidence(WebDriver driver, String file) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("lms.it", "target/it"));
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.writeString(dir.resolve(file), driver.getCurrentUrl() + "\n" + driver.getPageSource());
    } catch (java.io.IOException | RuntimeException ignored) {
      // evidence is a courtesy; the failure itself is reported by the caller
    }
  }


  static void signIn(WebDriver driver, String username, String password) {
    WebElement user = driver.findElement(By.id("login:username"));
    user.clear();
    user.sendKeys(username);
    WebElement pw = driver.findElement(By.id("login:password"));
    pw.clear();
    pw.sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText().strip();
  }

  private static WebDriverWait wait(WebDriver driver) {
    return patient(driver);
  }

  /**
   * The browser checks' one wait: 20 s, polling through what a PrimeFaces update does to the page
   * meanwhile (an element replaced between being found and being read: stale, or "does not belong
   * to the document" from Chrome's inspector); a real failure still ends in a timeout naming it.
   */
  static WebDriverWait patient(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }
}
