package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.corpus.DatasetImporter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that holds no snapshot ({@code kharita.viewer.snapshot=false}), as a person sees it: the count says
 * reports, the "count reports" box is ticked and cannot be unticked, the fused-event filters are not offered, and
 * the map and the place type-ahead, answered by the database, show the events the count names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false",
        "kharita.viewer.snapshot=false",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
class DatabaseModeBrowserTest extends AbstractBrowserTest {
    @Autowired
    DatasetImporter importer;

    @DynamicPropertySource
    static void tempDataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-database-mode-test", false);
    }

    private static String countLabel() {
        return driver.findElement(By.cssSelector(".kharita-count")).getText();
    }

    private static boolean drawn(int markers) {
        return !driver.findElements(By.cssSelector("kharita-leaflet-map[data-rendered]")).isEmpty()
                && SeedOnTheMapBrowserTest.markerCount(driver) == markers;
    }

    @Test
    void the_viewer_counts_reports_and_filters_them_through_the_database() {
        byte[] bytes = ViewerBrowserTest.dataset().getBytes(StandardCharsets.UTF_8);
        importer.importUcdp(new ByteArrayInputStream(bytes), bytes.length, "made-up.csv", "test", p -> { });
        driver.get(url(""));
        waitUp(180).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map .leaflet-container")).isEmpty());
        waitUp(60).until(d -> countLabel().equals("40 reports"));
        WebElement reports = driver.findElement(By.cssSelector("vaadin-checkbox.kharita-count-reports"));
        assertThat(reports.getAttribute("checked")).as("count reports ticked").isNotNull();
        assertThat(reports.getAttribute("disabled")).as("and fixed").isNotNull();
        // a hidden Vaadin field may be left out of the page altogether: none may be shown
        assertThat(driver.findElements(By.cssSelector(".kharita-min-sources, .kharita-contested")))
                .as("no 'sources ≥' or 'contested' filter").noneMatch(WebElement::isDisplayed);
        waitUp(60).until(d -> drawn(40));

        WebElement input = driver.findElement(By.cssSelector(".kharita-filters vaadin-combo-box input"));
        input.click();
        input.sendKeys("donetsk");
        WebElement option = waitUp(60).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains("Donetsk oblast")).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
        waitUp(60).until(d -> countLabel().equals("10 reports"));
        waitUp(60).until(d -> drawn(10));
    }
}
