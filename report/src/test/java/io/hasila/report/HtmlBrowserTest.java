package io.hasila.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import io.hasila.tally.Tally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML reports in a real browser: headless Chromium driven by Selenium through Debian's
 * {@code chromium} and {@code chromium-driver} (paths from the {@code hasila.chromium} and {@code
 * hasila.chromedriver} properties). Without them the tests are skipped with the reason, except
 * when {@code CI=true}, where they fail. A screenshot per language is written to {@code
 * target/screenshots/}.
 */
@DisplayName("the HTML reports render in Chromium")
final class HtmlBrowserTest {
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() {
    Path chromium = Path.of(System.getProperty("hasila.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("hasila.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String reason = "needs Chromium at " + chromium + " and its driver at " + chromedriver + " (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true: the browser tests must run, but " + reason);
      }
      System.out.println("HtmlBrowserTest skipped: " + reason);
      Assumptions.abort(reason);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1600");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  static List<ReportLocale> locales() {
    List<ReportLocale> out = new ArrayList<>(Fixtures.locales());
    out.add(ReportLocale.of("ar").withArabicIndicDigits());
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locales")
  @DisplayName("no console error, the page's direction, each chart drawn, the figures on the page those of the tally, a screenshot")
  void page(ReportLocale locale) throws Exception {
    Path dir = Path.of("target/screenshots");
    Files.createDirectories(dir);
    String name = "report-" + locale.locale().toLanguageTag();
    Path html = dir.resolve(name + ".html").toAbsolutePath();
    Reports.render(Fixtures.published(), ReportFormat.HTML, locale, html);
    driver.manage().window().setSize(new Dimension(1280, 1600));
    driver.get(html.toUri().toString());

    List<String> severe = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e.getMessage());
      }
    }
    assertEquals(List.of(), severe, "console errors");

    String direction = (String) driver.executeScript("return getComputedStyle(document.documentElement).direction");
    assertEquals(locale.rightToLeft() ? "rtl" : "ltr", direction);
    assertEquals(locale.locale().toLanguageTag(), driver.findElement(By.tagName("html")).getAttribute("lang"));

    List<WebElement> charts = driver.findElements(By.cssSelector("svg[role=img]"));
    assertEquals(7, charts.size(), "charts");
    for (WebElement chart : charts) {
      String id = chart.findElement(By.tagName("title")).getAttribute("id");
      assertTrue(chart.getAttribute("aria-labelledby").startsWith(id), id);
      assertTrue(chart.getSize().getWidth() > 100 && chart.getSize().getHeight() > 40, id + " drawn at " + chart.getSize());
    }

    Tally tally = Fixtures.published().tally();
    NumberFormat parser = NumberFormat.getInstance(ULocale.forLocale(locale.locale()));
    int read = 0;
    for (WebElement row : driver.findElements(By.cssSelector("table.figures tr[data-category]"))) {
      String id = row.getAttribute("data-category");
      List<WebElement> figure = row.findElements(By.cssSelector("td.value bdi.figure"));
      if (tally.value(id).isEmpty()) {
        assertTrue(figure.isEmpty() || !Character.isDigit(figure.get(0).getText().codePointAt(0)), id + " has no figure");
        continue;
      }
      String text = figure.get(0).getText();
      ParsePosition pos = new ParsePosition(0);
      Number n = parser.parse(text, pos);
      assertEquals(tally.value(id).getAsLong(), n.longValue(), id + ": " + text);
      assertEquals(text.length(), pos.getIndex(), id + ": all of " + text);
      read++;
    }
    assertEquals(tally.figures().size(), read, "every figure read from the page");

    if (locale.rightToLeft()) {
      // The label column of a chart is on the right: an Arabic label ends near the chart's right edge.
      WebElement chart = charts.get(0);
      WebElement label = chart.findElements(By.tagName("text")).get(0);
      int chartRight = chart.getLocation().getX() + chart.getSize().getWidth();
      int labelRight = label.getLocation().getX() + label.getSize().getWidth();
      assertTrue(chartRight - labelRight < 20 && label.getLocation().getX() > chart.getLocation().getX() + chart.getSize().getWidth() / 2,
          "label at " + label.getLocation() + " width " + label.getSize() + " in chart at " + chart.getLocation() + " " + chart.getSize());
    }

    Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 8000)));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Path shot = dir.resolve(name + ".png");
    Files.write(shot, png);
    assertFalse(png.length < 10_000, "screenshot " + shot);
  }
}
