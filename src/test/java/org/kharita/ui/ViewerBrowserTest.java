package org.kharita.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.UcdpSample;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The analyst's viewer in headless Chromium, one browser and one Spring context for all steps:
 * a made-up UCDP file (40 events: 30 in Kursk oblast in August 2024, 10 in Donetsk in May 2022) is
 * imported, then the date brush, the place type-ahead, a permalink, the exports and the Arabic
 * layout are exercised. Screenshots go to target/screens/ for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewerBrowserTest extends AbstractBrowserTest {
    static final Path SCREENS = Path.of("target/screens");
    private static String permalink;

    @Autowired
    DatasetImporter importer;

    @DynamicPropertySource
    static void tempDataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-viewer-test", true);
    }

    /** Kursk: 30 events over 10 villages near Sudzha, one a day in August 2024; Donetsk: 10 in May 2022. */
    static String dataset() {
        StringBuilder csv = new StringBuilder(UcdpSample.HEADER);
        for (int i = 0; i < 30; i++) {
            csv.append(UcdpSample.row(100 + i, 1, "Government of Russia", "Government of Ukraine", "Made-up clash " + i, 1,
                    "Village " + (i % 10), "Kursk oblast", 51.0 + (i % 10) * 0.05, 35.0 + (i % 10) * 0.04, "Russia", 1,
                    String.format("2024-08-%02d", i + 1), String.format("2024-08-%02d", i + 1), 1));
        }
        for (int i = 0; i < 10; i++) {
            csv.append(UcdpSample.row(200 + i, 1, "Government of Ukraine", "DPR", "Made-up shelling " + i, 2,
                    "Donetsk city", "Donetsk oblast", 48.02, 37.80, "Ukraine", 1,
                    String.format("2022-05-%02d", i + 1), String.format("2022-05-%02d", i + 1), 0));
        }
        return csv.toString();
    }

    private void importOnce() {
        byte[] bytes = dataset().getBytes(StandardCharsets.UTF_8);
        importer.importUcdp(new ByteArrayInputStream(bytes), bytes.length, "made-up.csv", "test", p -> { });
    }

    private static void awaitMap() {
        // Dev mode may build its frontend bundle on the first request; give it time once.
        waitUp(180).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map .leaflet-container")).isEmpty());
    }

    /**
     * The markers (and cluster sizes) once the map has drawn the data for its current view (its
     * data-rendered attribute) and shows the expected count; the count it shows if it never does.
     */
    private static int markersOnceRendered(int expected) {
        try {
            waitUp(60).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map[data-rendered]")).isEmpty()
                    && SeedOnTheMapBrowserTest.markerCount(d) == expected);
        } catch (TimeoutException e) {
            // the caller's assertion names what was drawn instead
        }
        return SeedOnTheMapBrowserTest.markerCount(driver);
    }

    private static String countLabel() {
        return driver.findElement(By.cssSelector(".kharita-count")).getText();
    }

    @Test
    @Order(1)
    void brushing_a_date_range_reduces_the_markers_and_the_timeline() throws IOException {
        importOnce();
        driver.get(url(""));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("40 "));
        assertThat(markersOnceRendered(40)).isEqualTo(40);
        int inRange = driver.findElements(By.cssSelector(".kharita-histogram-svg .bar.in")).size();
        screenshot("01-all-events");

        // The span is May 2022 – August 2024, binned by month; drag over the last bar only (August 2024).
        WebElement svg = driver.findElement(By.cssSelector(".kharita-histogram-svg"));
        int w = svg.getSize().getWidth();
        new Actions(driver).moveToElement(svg, w / 2 - 3, 0).clickAndHold().moveByOffset(-2, 0).release().perform();
        waitUp(60).until(d -> countLabel().startsWith("30 "));
        assertThat(markersOnceRendered(30)).isEqualTo(30);
        assertThat(driver.findElements(By.cssSelector(".kharita-histogram-svg .bar.in")).size()).isLessThan(inRange).isPositive();
        assertThat(driver.getCurrentUrl()).contains("from=2024-08-01").contains("to=2024-08-31");
        screenshot("02-august-2024");

        // Narrower, with the date pickers' URL form: the vis-timeline shows only those items.
        driver.get(url("?from=2024-08-05&to=2024-08-09"));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("5 "));
        waitUp(60).until(d -> d.findElements(By.cssSelector("kharita-event-timeline .vis-item.vis-point, kharita-event-timeline .vis-item.vis-range")).size() == 5);
        assertThat(markersOnceRendered(5)).isEqualTo(5);
        screenshot("03-five-days");
    }

    @Test
    @Order(2)
    void choosing_a_region_in_the_type_ahead_shows_only_its_events() throws IOException {
        driver.get(url(""));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("40 "));
        WebElement combo = driver.findElement(By.cssSelector(".kharita-filters vaadin-combo-box"));
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys("donetsk");
        // The overlay recycles its item elements: the one showing the text must be the displayed one, and the click
        // goes to it as a click event even while the overlay's opening animation still runs (Selenium's native click
        // refused it as "not interactable" on a loaded machine).
        WebElement option = waitUp(60).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains("Donetsk oblast")).findFirst().orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
        waitUp(60).until(d -> countLabel().startsWith("10 "));
        assertThat(markersOnceRendered(10)).isEqualTo(10);
        assertThat(driver.getCurrentUrl()).contains("place=r");
        permalink = driver.getCurrentUrl();
        screenshot("04-place-donetsk-oblast");
    }

    @Test
    @Order(3)
    void a_permalink_reproduces_the_view_after_reload_and_back_returns_to_the_previous_one() throws IOException {
        assumeTrue(permalink != null, "needs the place step");
        driver.get(url("?from=2024-08-01"));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("30 "));
        driver.get(permalink);
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("10 "));
        assertThat(driver.findElement(By.cssSelector(".kharita-filters vaadin-combo-box input")).getAttribute("value"))
                .contains("Donetsk oblast");
        assertThat(markersOnceRendered(10)).isEqualTo(10);
        screenshot("05-permalink-reloaded");
        driver.navigate().back();
        waitUp(60).until(d -> countLabel().startsWith("30 "));
    }

    @Test
    @Order(4)
    void each_export_holds_exactly_the_filtered_events() throws Exception {
        driver.get(url("?from=2024-08-05&to=2024-08-09"));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("5 "));
        String csvHref = driver.findElement(By.cssSelector(".kharita-export-csv")).getAttribute("href");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(csvHref)).build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"event_id_cnty\"");
        assertThat(text.lines().count()).isEqualTo(1 + 5);
        String geoHref = driver.findElement(By.cssSelector(".kharita-export-geojson")).getAttribute("href");
        HttpResponse<String> geo = http.send(HttpRequest.newBuilder(URI.create(geoHref)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(new ObjectMapper().readTree(geo.body()).get("features")).hasSize(5);
        String kmlHref = driver.findElement(By.cssSelector(".kharita-export-kml")).getAttribute("href");
        HttpResponse<String> kml = http.send(HttpRequest.newBuilder(URI.create(kmlHref)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kml.body().split("<Placemark", -1)).hasSize(1 + 5);
    }

    @Test
    @Order(5)
    void arabic_lays_the_whole_page_out_right_to_left() throws IOException {
        driver.get(url("?lang=ar"));
        awaitMap();
        waitUp(60).until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        WebElement from = driver.findElement(By.cssSelector(".kharita-filters vaadin-date-picker"));
        WebElement count = driver.findElement(By.cssSelector(".kharita-count"));
        assertThat(from.getLocation().getX()).as("the first filter sits at the right in RTL")
                .isGreaterThan(count.getLocation().getX());
        assertThat(((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.querySelector('.kharita-filters')).direction"))
                .isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector(".kharita-language")).getText()).isEqualTo("English");
        screenshot("06-arabic");
        // Forged parameters: a clear message and the default view, no error page.
        driver.get(url("?from=2024-99-01&map=x&article=abc"));
        awaitMap();
        WebElement note = waitUp(60).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream().findFirst().orElse(null));
        assertThat(note.getText()).contains("'from' is not a date");
        waitUp(60).until(d -> countLabel().startsWith("40 "));
        screenshot("07-forged-url");
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    }

    private static WebElement brush() {
        WebElement svg = driver.findElement(By.cssSelector(".kharita-histogram-svg"));
        // Focused as Tab would: a click would brush one bar with the mouse.
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", svg);
        return svg;
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Shift held down around a key: a chord string does not reach the page as shiftKey. */
    private static void shifted(CharSequence key, int times) {
        Actions a = new Actions(driver).keyDown(Keys.SHIFT);
        for (int i = 0; i < times; i++) a = a.sendKeys(key);
        a.keyUp(Keys.SHIFT).perform();
    }

    private static String rangeText() {
        return driver.findElement(By.cssSelector(".kharita-histogram-svg")).getAttribute("aria-valuetext");
    }

    @Test
    @Order(6)
    void the_date_brush_works_from_the_keyboard_enter_applies_and_escape_cancels() throws IOException {
        importOnce();
        driver.get(url(""));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("40 "));
        WebElement svg = brush();
        assertThat(svg.getAttribute("tabindex")).isEqualTo("0");
        assertThat(svg.getAttribute("role")).isEqualTo("slider");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Date range");
        assertThat(rangeText()).isEqualTo("May 2022 – August 2024");
        assertThat(driver.findElement(By.id(svg.getAttribute("aria-describedby"))).getAttribute("textContent")).contains("Enter");

        // 28 month bars: Shift+Right 27 times brings the start up to the last bar, August 2024.
        shifted(Keys.ARROW_RIGHT, 27);
        waitUp(5).until(d -> "August 2024 – August 2024".equals(rangeText()));
        assertThat(countLabel()).as("a draft filters nothing until Enter").startsWith("40 ");
        screenshot("22-keyboard-draft");
        keys(Keys.ESCAPE);
        waitUp(5).until(d -> "May 2022 – August 2024".equals(rangeText()));
        assertThat(driver.findElements(By.cssSelector(".kharita-histogram-draft"))).isEmpty();
        assertThat(driver.getCurrentUrl()).doesNotContain("from=");

        shifted(Keys.ARROW_RIGHT, 27);
        keys(Keys.ENTER);
        waitUp(60).until(d -> countLabel().startsWith("30 "));
        assertThat(driver.getCurrentUrl()).contains("from=2024-08-01").contains("to=2024-08-31");

        // Left moves the start a month earlier; Shift+Left then takes the end back: July 2024 alone.
        brush();
        keys(Keys.ARROW_LEFT);
        waitUp(5).until(d -> "July 2024 – August 2024".equals(rangeText()));
        shifted(Keys.ARROW_LEFT, 1);
        keys(Keys.ENTER);
        waitUp(60).until(d -> d.getCurrentUrl().contains("to=2024-07-31"));
        assertThat(driver.getCurrentUrl()).contains("from=2024-07-01");
        assertThat(rangeText()).isEqualTo("July 2024 – July 2024");
        assertThat(driver.findElements(By.cssSelector(".kharita-histogram-svg .bar.in"))).hasSize(1);
        screenshot("23-keyboard-july");
    }

    @Test
    @Order(7)
    void in_arabic_the_keyboard_brush_reads_arabic_dates_and_right_is_still_later() throws IOException {
        importOnce();
        driver.get(url("?lang=ar"));
        awaitMap();
        waitUp(60).until(d -> countLabel().startsWith("40 "));
        WebElement svg = brush();
        assertThat(svg.getAttribute("aria-label")).isEqualTo("نطاق التواريخ");
        assertThat(rangeText()).contains("مايو 2022").contains("أغسطس 2024");
        // The bars are not mirrored in RTL (time runs left to right under the map), so neither are the keys.
        shifted(Keys.ARROW_RIGHT, 27);
        waitUp(5).until(d -> rangeText().startsWith("أغسطس 2024"));
        screenshot("24-keyboard-arabic");
        keys(Keys.ENTER);
        waitUp(60).until(d -> d.getCurrentUrl().contains("from=2024-08-01"));
        assertThat(driver.getCurrentUrl()).contains("to=2024-08-31").contains("lang=ar");
    }

    static void screenshot(String name) throws IOException {
        screenshotOf(driver, name);
    }

    static void screenshotOf(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
