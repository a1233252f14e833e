package org.kharita.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.IngestService;
import org.kharita.geo.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fusion through the UI: the demo story in three languages and two opposed claims about Darino. The count
 * says fused events, the switch says reports, the "contested" filter leaves Darino, whose marker carries its
 * five sources and whose popup lists both sides with their claimants; a claim's link lights its sentence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
class FusionBrowserTest {
    private static Path dataDir;

    @LocalServerPort
    int port;
    @Autowired
    IngestService ingest;

    @DynamicPropertySource
    static void tempDataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-fusion-browser", false);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        BrowserHarness.close(null, dataDir);
    }

    void claim(String resource, String outlet) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            ingest.ingest(new IngestRequest(new String(in.readAllBytes(), StandardCharsets.UTF_8), Language.EN,
                    LocalDate.of(2024, 10, 24), outlet, null, null));
        }
    }

    @Test
    void a_contested_fused_event_shows_both_sides_with_their_claimants_in_one_popup() throws IOException {
        WebDriver driver = BrowserHarness.requireChromium();
        try {
            claim("/fusion/ru-mod-darino-captured.txt", "Test wire A");
            claim("/fusion/uk-genstaff-darino-repelled.txt", "Test wire B");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            driver.get("http://localhost:" + port + "/");
            wait.until(d -> d.findElement(By.cssSelector("kharita-leaflet-map")).getAttribute("data-rendered") != null);
            installErrorTrap(driver);
            // the demo's seven villages and Kirby's troops: eight occurrences, 31 reports with the two claims
            wait.until(d -> countText(d).equals("8 events"));
            driver.findElement(By.cssSelector("vaadin-checkbox.kharita-count-reports input")).click();
            wait.until(d -> countText(d).equals("31 reports"));

            driver.get("http://localhost:" + port + "/?contested=1");
            wait.until(d -> countText(d).equals("1 events"));
            installErrorTrap(driver);
            WebElement marker = wait.until(d -> d.findElements(By.cssSelector(".kharita-marker.kharita-contested")).stream()
                    .findFirst().orElse(null));
            assertThat(marker.getAttribute("data-sources")).isEqualTo("5");
            assertThat(marker.findElement(By.cssSelector(".kharita-sources")).getText()).isEqualTo("5");
            marker.click();
            wait.until(d -> "5".equals(d.findElement(By.cssSelector("kharita-leaflet-map")).getAttribute("data-popup-claims")));
            String contested = driver.findElement(By.cssSelector(".kharita-popup-contested")).getText();
            assertThat(contested).contains("killed 12–40").contains("territory change").contains("battle");
            List<String> claimants = driver.findElements(By.cssSelector(".kharita-claim-who")).stream().map(WebElement::getText).toList();
            assertThat(String.join("\n", claimants)).contains("Russian Ministry of Defence").contains("Ukrainian General Staff");

            WebElement repelled = driver.findElements(By.cssSelector(".kharita-claim")).stream()
                    .filter(c -> c.getText().contains("Ukrainian General Staff")).findFirst().orElseThrow();
            String sentence = repelled.findElement(By.cssSelector(".kharita-claim-sentence")).getText();
            // a real DOM click on the link; the popup's lower claims can sit under the map's attribution
            // line at this window size, where Selenium refuses a pointer click
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                    + "arguments[0].click();", repelled.findElement(By.cssSelector(".kharita-claim-sentence")));
            // the article panel re-renders while it scrolls to the sentence: read the lit text, not a held element
            String lit = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".article-body .sentence.highlighted")).stream()
                            .map(WebElement::getText).filter(t -> squash(t).equals(squash(sentence))).findFirst().orElse(null));
            assertThat(lit).contains("repelled");
            assertThat(errors(driver)).as("JavaScript errors").isEmpty();
        } finally {
            driver.quit();
        }
    }

    static String countText(WebDriver d) {
        return d.findElement(By.cssSelector(".kharita-count")).getText().replace(",", "").strip();
    }

    /** Errors thrown in the page from now on are kept for {@link #errors}. */
    static void installErrorTrap(WebDriver d) {
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "window.__kharitaErrors = window.__kharitaErrors || [];"
                        + "window.addEventListener('error', e => window.__kharitaErrors.push(String(e.message)));"
                        + "window.addEventListener('unhandledrejection', e => window.__kharitaErrors.push(String(e.reason)));");
    }

    @SuppressWarnings("unchecked")
    static List<String> errors(WebDriver d) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.__kharitaErrors || [];");
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
