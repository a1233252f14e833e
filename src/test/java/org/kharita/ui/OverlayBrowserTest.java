package org.kharita.ui;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.OverlaySamples;
import org.kharita.corpus.Overlays;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A dated overlay on the map in headless Chromium: the hand-made two-month file is imported through
 * the dataset import, and the map draws the shape valid at the end of the chosen dates, under the
 * events, with a legend checkbox that hides it. Then, when ../shared holds it, the DeepState file
 * (internal test only) for a screenshot of a real front line, target/screens/overlay-deepstate.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverlayBrowserTest extends AbstractBrowserTest {
    static final Path DEEPSTATE = Path.of("../shared/events-real/deepstate_occupied_territory_monthly_2024-07_2026-08.geojson");

    @Autowired
    DatasetImporter importer;
    @Autowired
    Overlays overlays;

    @DynamicPropertySource
    static void tempDataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-overlay-test", true);
    }

    private static String overlayDates() {
        return driver.findElement(By.cssSelector("kharita-leaflet-map")).getAttribute("data-overlays");
    }

    private static int overlayPaths() {
        return driver.findElements(By.cssSelector("kharita-leaflet-map .leaflet-kharita-overlay-pane path.kharita-overlay-shape")).size();
    }

    /** The legend is drawn again when the map's data arrives, so a row found a moment ago may be gone. */
    private static void clickToggle() {
        waitUp(10).until(d -> {
            try {
                d.findElement(By.cssSelector(".kharita-overlay-toggle")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    @Test
    @Order(1)
    void the_map_draws_the_shape_valid_at_the_end_of_the_dates_and_the_legend_hides_it() throws IOException {
        byte[] bytes = OverlaySamples.twoMonths().getBytes(StandardCharsets.UTF_8);
        DatasetImporter.Result r = importer.importStream(new ByteArrayInputStream(bytes), bytes.length, "front.geojson", "test", p -> { });
        assertThat(r.overlay()).isTrue();

        driver.get(url("?from=2024-03-05&to=2024-03-20&map=48.5,37,7"));
        waitUp(180).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map .leaflet-container")).isEmpty());
        waitUp(20).until(d -> "2024-03-01".equals(overlayDates()));
        waitUp(10).until(d -> overlayPaths() == 1);
        WebElement legend = driver.findElement(By.cssSelector(".kharita-legend-overlay"));
        assertThat(legend.getText()).contains("test_front").contains("2024-03-01");
        ViewerBrowserTest.screenshotOf(driver, "overlay-march");

        driver.get(url("?from=2024-03-05&to=2024-04-15&map=48.5,37,7"));
        waitUp(20).until(d -> "2024-04-01".equals(overlayDates()));
        assertThat(overlayPaths()).isEqualTo(1);

        // Before the layer's first shape nothing is drawn and the legend has no overlay row.
        driver.get(url("?from=2024-01-01&to=2024-02-15&map=48.5,37,7"));
        waitUp(20).until(d -> "".equals(overlayDates()));
        assertThat(overlayPaths()).isZero();
        assertThat(driver.findElements(By.cssSelector(".kharita-legend-overlay"))).isEmpty();

        driver.get(url("?map=48.5,37,7"));
        waitUp(20).until(d -> "2024-04-01".equals(overlayDates()));
        clickToggle();
        waitUp(10).until(d -> overlayPaths() == 0);
        clickToggle();
        waitUp(10).until(d -> overlayPaths() == 1);
    }

    @Test
    @Order(2)
    void the_real_front_line_lies_over_eastern_ukraine() throws IOException {
        assumeTrue(Files.isRegularFile(DEEPSTATE), "skipped: no " + DEEPSTATE + " (internal test file, not shipped)");
        DatasetImporter.Result r = importer.importFile(DEEPSTATE, "test", p -> { });
        assertThat(r.rows()).isEqualTo(27);
        driver.get(url("?to=2025-08-15&map=48.3,35.5,6"));
        waitUp(180).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map .leaflet-container")).isEmpty());
        waitUp(20).until(d -> "2024-04-01 2025-08-01".equals(overlayDates()));
        waitUp(10).until(d -> overlayPaths() == 2);
        // The basemap arrives as a separate chunk; the picture is for a person, so wait for it.
        waitUp(20).until(d -> !d.findElements(By.cssSelector(".leaflet-kharita-basemap-pane path")).isEmpty());
        ViewerBrowserTest.screenshotOf(driver, "overlay-deepstate");
    }

    @Test
    @Order(3)
    void an_analyst_deletes_an_overlay_after_confirming_and_the_map_and_legend_drop_it() throws IOException {
        if (overlays.layers().stream().noneMatch(l -> l.name().equals("test_front"))) {
            byte[] bytes = OverlaySamples.twoMonths().getBytes(StandardCharsets.UTF_8);
            importer.importStream(new ByteArrayInputStream(bytes), bytes.length, "front.geojson", "test", p -> { });
        }
        String button = ".kharita-overlay-delete[aria-label$='test_front']";
        driver.get(url("?to=2024-04-15&map=48.5,37,7"));
        waitUp(180).until(d -> overlayDates() != null && overlayDates().contains("2024-04-01"));
        assertThat(driver.findElements(By.cssSelector(".kharita-overlay-delete"))).as("browsing is open, deleting is not").isEmpty();

        CorrectionBrowserTest.logIn(driver, url(""));
        driver.get(url("?to=2024-04-15&map=48.5,37,7"));
        waitUp(60).until(d -> !d.findElements(By.cssSelector(button)).isEmpty());
        int paths = overlayPaths();

        // Cancelled: nothing changes.
        driver.findElement(By.cssSelector(button)).click();
        WebElement cancel = waitUp(10).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay [slot='cancel-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        ViewerBrowserTest.screenshotOf(driver, "overlay-delete-confirm");
        assertThat(driver.findElement(By.cssSelector("vaadin-confirm-dialog-overlay")).getAttribute("aria-label")).contains("test_front");
        cancel.click();
        waitUp(10).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened]")).isEmpty());
        assertThat(overlays.layers()).extracting(Overlays.Layer::name).contains("test_front");
        assertThat(overlayPaths()).isEqualTo(paths);

        // Confirmed: gone from the database, the map and the legend.
        driver.findElement(By.cssSelector(button)).click();
        waitUp(10).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay [slot='confirm-button']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        waitUp(10).until(d -> d.findElements(By.cssSelector(button)).isEmpty());
        assertThat(overlays.layers()).extracting(Overlays.Layer::name).doesNotContain("test_front");
        waitUp(10).until(d -> overlayPaths() == paths - 1);
        assertThat(driver.findElement(By.cssSelector(".kharita-legend")).getText()).doesNotContain("test_front");
        ViewerBrowserTest.screenshotOf(driver, "overlay-deleted");
    }
}
