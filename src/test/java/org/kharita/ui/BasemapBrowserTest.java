package org.kharita.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kharita.corpus.DatasetImporter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline basemap and the strip under the map, as a person sees them in headless Chromium, with
 * no tile server: place names at zoom 11 over Kursk in English and Arabic, boundaries and names at
 * zoom 9 over Donetsk, the histogram's count axis, a timeline that shows every event of a month, and
 * a heatmap that replaces the markers. Every wait is on an attribute the app sets when it has drawn;
 * any error in the browser's console fails the test. Screenshots go to target/screens/basemap-*.png,
 * with the bytes and milliseconds of each view printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BasemapBrowserTest {
    static final Path SCREENS = Path.of("target/screens");
    static final String KURSK_Z11 = "map=51.2,35.27,11", DONETSK_Z9 = "map=48.0,37.8,9";
    private static Path dataDir;
    private static WebDriver driver;
    private static boolean imported;

    @LocalServerPort
    int port;
    @Autowired
    DatasetImporter importer;

    @BeforeAll
    static void needsBrowser() {
        driver = BrowserHarness.requireChromium();
    }

    @DynamicPropertySource
    static void tempDataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-basemap-test", false);
    }

    @AfterAll
    static void quit() throws IOException {
        BrowserHarness.close(driver, dataDir);
    }

    /** Whatever a step did, the page logged no error (a failed script, a failed request, an exception). */
    @AfterEach
    void noErrorInTheBrowser() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // The app has no favicon: Chromium asks for one on every page and logs the 404.
                .filter(e -> !e.getMessage().contains("/favicon.ico ")).toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    private void open(String query) {
        if (!imported) {
            byte[] bytes = ViewerBrowserTest.dataset().getBytes(StandardCharsets.UTF_8);
            importer.importUcdp(new ByteArrayInputStream(bytes), bytes.length, "made-up.csv", "test", p -> { });
            imported = true;
        }
        driver.get("http://localhost:" + port + "/?" + query);
    }

    private static WebDriverWait waitUp(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static WebElement map() {
        return driver.findElement(By.cssSelector("kharita-leaflet-map"));
    }

    /** Waits until the basemap has drawn its static layers and the names of this zoom in this language. */
    private static List<String> awaitLabels(int zoom, String lang) {
        // The first page load may build the dev bundle; later ones are quick.
        waitUp(180).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map[data-basemap='ready']")).isEmpty());
        waitUp(30).until(d -> String.valueOf(zoom).equals(map().getAttribute("data-labels-zoom"))
                && lang.equals(map().getAttribute("data-labels-lang")) && map().getAttribute("data-rendered") != null);
        return driver.findElements(By.cssSelector(".leaflet-kharita-labels-pane .kharita-place-label")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the view cost: bytes of basemap responses (as sent), and the last names request's time to drawn. */
    private static String cost() {
        Object r = ((JavascriptExecutor) driver).executeScript("""
                const rs = performance.getEntriesByType('resource').filter(e => e.name.includes('/basemap/')
                    || e.name.includes('world_50m') || e.name.includes('countries-50m'));
                return rs.map(e => e.name.replace(/^.*\\//, '').replace(/\\?.*/, '') + '=' + e.transferSize + 'B/'
                    + Math.round(e.duration) + 'ms').join(' ')
                    + ' | page-to-names-drawn ms=' + Math.round(performance.now());""");
        return String.valueOf(r);
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENS.resolve("basemap-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens a view, waits for its names, prints what it cost and keeps a screenshot; the names on screen. */
    private List<String> look(String query, int zoom, String lang, String shot) throws IOException {
        open(query);
        List<String> names = awaitLabels(zoom, lang);
        if (zoom >= 8) {
            // Second-level borders load after the names when the view first needs them.
            waitUp(20).until(d -> d.findElements(By.cssSelector(".leaflet-kharita-admin-pane canvas")).size() >= 2);
        }
        System.out.println(shot + ": " + names.size() + " names; " + cost());
        screenshot(shot);
        return names;
    }

    private static boolean arabicScript(String s) {
        return s.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    @Test
    @Order(1)
    void kursk_at_zoom_11_shows_village_names_and_borders_under_the_events() throws IOException {
        List<String> names = look(KURSK_Z11, 11, "en", "kursk-z11-en");
        assertThat(names).as("the town and villages around Sudzha").contains("Sudzha", "Martynovka");
        assertThat(names).noneMatch(BasemapBrowserTest::arabicScript);
        assertThat(driver.findElements(By.cssSelector(".leaflet-kharita-admin-pane canvas"))).as("admin boundaries").isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText()).contains("Who's On First");
        // Under the events: the names' pane is below the markers' pane.
        Object z = ((JavascriptExecutor) driver).executeScript("""
                const z = (c) => +getComputedStyle(document.querySelector(c)).zIndex;
                return z('.leaflet-kharita-labels-pane') < z('.leaflet-marker-pane');""");
        assertThat(z).isEqualTo(true);
    }

    @Test
    @Order(2)
    void the_arabic_ui_names_the_same_villages_in_arabic() throws IOException {
        List<String> names = look(KURSK_Z11 + "&lang=ar", 11, "ar", "kursk-z11-ar");
        long arabic = names.stream().filter(BasemapBrowserTest::arabicScript).count();
        assertThat(names).contains("سودجا");
        assertThat(arabic).as("names in Arabic script of " + names).isGreaterThan(names.size() / 2);
    }

    @Test
    @Order(3)
    void donetsk_at_zoom_9_shows_towns_and_district_borders_in_both_languages() throws IOException {
        List<String> names = look(DONETSK_Z9, 9, "en", "donetsk-z9-en");
        assertThat(driver.findElements(By.cssSelector(".leaflet-kharita-admin-pane canvas"))).as("admin-1 and admin-2").hasSizeGreaterThanOrEqualTo(2);
        assertThat(names).contains("Donetsk", "Yasynuvata", "Khartsyzk").hasSizeGreaterThan(10);
        List<String> ar = look(DONETSK_Z9 + "&lang=ar", 9, "ar", "donetsk-z9-ar");
        assertThat(ar).contains("دونيتسك");
    }

    @Test
    @Order(4)
    void the_histogram_has_a_count_axis_topped_at_a_round_number_above_the_tallest_bar() {
        open("from=2024-08-01&to=2024-08-31");
        WebElement h = waitUp(30).until(d -> d.findElements(By.cssSelector("kharita-time-histogram[data-bins]")).stream()
                .filter(e -> !"0".equals(e.getAttribute("data-bins"))).findFirst().orElse(null));
        List<String> ticks = h.findElements(By.cssSelector(".kharita-histogram-yaxis span")).stream().map(WebElement::getText).toList();
        int tallest = h.findElements(By.cssSelector(".bar")).stream()
                .mapToInt(b -> Integer.parseInt(b.getAttribute("data-count"))).max().orElseThrow();
        // May 2022 – August 2024 by month: August 2024 holds 30 events.
        assertThat(tallest).isEqualTo(30);
        assertThat(ticks).containsExactly("50", "25", "0");
        assertThat(h.getAttribute("data-axis-max")).isEqualTo("50");
        assertThat(h.findElement(By.cssSelector(".kharita-histogram-yaxis")).isDisplayed()).isTrue();
    }

    @Test
    @Order(5)
    void the_timeline_shows_every_event_inside_its_strip_for_a_month_and_for_the_whole_span() throws IOException {
        open("from=2024-08-01&to=2024-08-31");
        assertThat(itemsInsideTheStrip(30)).as("a month of daily events").isEqualTo(30);
        screenshot("timeline-month");
        // May 2022 – August 2024: August's thirty days are a few pixels wide.
        open("");
        assertThat(itemsInsideTheStrip(40)).as("two years").isEqualTo(40);
        screenshot("timeline-all");
    }

    /** Waits for the timeline to hold {@code expected} items, then counts those drawn wholly inside its visible strip. */
    private static int itemsInsideTheStrip(int expected) {
        WebElement t = waitUp(30).until(d -> d.findElements(By.cssSelector("kharita-event-timeline[data-items='" + expected + "']"))
                .stream().findFirst().orElse(null));
        waitUp(10).until(d -> t.findElements(By.cssSelector(".vis-item.vis-point, .vis-item.vis-range")).size() == expected);
        Object inside = ((JavascriptExecutor) driver).executeScript("""
                const strip = arguments[0].querySelector('.vis-panel.vis-center').getBoundingClientRect();
                return [...arguments[0].querySelectorAll('.vis-item.vis-point, .vis-item.vis-range')].filter((el) => {
                  const r = el.getBoundingClientRect();
                  return r.width > 0 && r.top >= strip.top - 1 && r.bottom <= strip.bottom + 1
                    && r.left >= strip.left - 1 && r.right <= strip.right + 1;
                }).length;""", t);
        return ((Number) inside).intValue();
    }

    @Test
    @Order(6)
    void the_heatmap_toggle_swaps_the_markers_for_a_heat_layer_and_back() {
        open("from=2024-08-01&to=2024-08-31&map=51.2,35.2,8");
        waitUp(60).until(d -> map().getAttribute("data-rendered") != null && !"0".equals(map().getAttribute("data-points")));
        int markers = SeedOnTheMapBrowserTest.markerCount(driver);
        assertThat(markers).isEqualTo(30);
        driver.findElement(By.cssSelector(".kharita-heat-toggle")).click();
        waitUp(10).until(d -> "on".equals(map().getAttribute("data-heat")));
        Object heatPixels = ((JavascriptExecutor) driver).executeScript("""
                const c = document.querySelector('kharita-leaflet-map canvas.leaflet-heatmap-layer');
                if (!c) return -1;
                const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < px.length; i += 4) if (px[i] > 40) n++;
                return n;""");
        assertThat(((Number) heatPixels).intValue()).as("coloured pixels of the heat layer").isGreaterThan(500);
        assertThat(SeedOnTheMapBrowserTest.markerCount(driver)).as("markers while the heatmap is on").isZero();
        driver.findElement(By.cssSelector(".kharita-heat-toggle")).click();
        waitUp(10).until(d -> "off".equals(map().getAttribute("data-heat")));
        assertThat(driver.findElements(By.cssSelector("kharita-leaflet-map canvas.leaflet-heatmap-layer"))).isEmpty();
        waitUp(10).until(d -> SeedOnTheMapBrowserTest.markerCount(driver) == markers);
    }

    @Test
    @Order(7)
    void the_legend_says_it_lists_the_types_in_view() {
        open("from=2024-08-01&to=2024-08-31&map=51.2,35.2,9");
        waitUp(60).until(d -> map().getAttribute("data-rendered") != null);
        assertThat(driver.findElement(By.cssSelector(".kharita-legend-title")).getText()).isEqualTo("Event types in view");
    }
}
