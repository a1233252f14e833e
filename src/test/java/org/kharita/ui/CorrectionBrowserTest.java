package org.kharita.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kharita.Application;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.Corrections;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The correction loop in the browser, across a restart: an analyst logs in, clicks a place name of a
 * demo article, picks another of its candidates; the app is stopped and started again on the same
 * data directory, and the event is still at the chosen place, with the correction on record.
 */
class CorrectionBrowserTest {
    private static Path dataDir;
    private static WebDriver driver;

    @BeforeAll
    static void needsBrowser() throws IOException {
        driver = BrowserHarness.requireChromium();
        dataDir = Files.createTempDirectory("kharita-correction-test");
    }

    @AfterEach
    void noPageErrors() {
        BrowserHarness.assertNoPageErrors(driver);
    }

    @AfterAll
    static void quit() throws IOException {
        BrowserHarness.close(driver, dataDir);
    }

    private static ConfigurableApplicationContext start() {
        // As command-line arguments: they override application.properties, default properties would not.
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--kharita.data-dir=" + dataDir, "--kharita.demo.enabled=true", "--kharita.map.tile-url=",
                "--vaadin.launch-browser=false",
                "--kharita.analysts." + BrowserHarness.ANALYST + "=" + BrowserHarness.analystHash());
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Logs in as the test analyst ({@link BrowserHarness#ANALYST}) through the login form. */
    static void logIn(WebDriver driver, String base) throws IOException {
        driver.get(base + "login");
        new WebDriverWait(driver, Duration.ofSeconds(180))
                .until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name=username]")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(BrowserHarness.ANALYST);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(BrowserHarness.PASSWORD, Keys.ENTER);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".kharita-login")).isEmpty()
                    && d.findElement(By.cssSelector(".kharita-login")).getText().contains(BrowserHarness.ANALYST));
        } finally {
            ViewerBrowserTest.screenshotOf(driver, "08-after-login");
        }
    }

    @Test
    void a_picked_candidate_moves_the_event_and_survives_a_restart() throws IOException {
        ConfigurableApplicationContext app = start();
        EventRow before;
        long articleId;
        try {
            Corpus corpus = app.getBean(Corpus.class);
            List<EventRow> rows = corpus.events(EventFilter.NONE, 0, 1000);
            assumeTrue(!rows.isEmpty(), "skipped: the engine plotted no demo event");
            before = rows.stream().filter(EventRow::fromArticle).findFirst().orElseThrow();
            articleId = before.articleId();
            String base = "http://localhost:" + port(app) + "/";
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));
            logIn(driver, base);

            driver.get(base + "?article=" + articleId);
            WebElement mention = wait.until(d -> d.findElements(By.cssSelector(
                    ".article-body [data-mention='" + before.mentionIndex() + "']")).stream().findFirst().orElse(null));
            mention.click();
            wait.until(d -> !d.findElements(By.cssSelector(".kharita-drop-pin")).isEmpty());
            ViewerBrowserTest.screenshotOf(driver, "08-correction-candidates");
            // Another candidate than the resolver's choice (the first, disabled, button).
            driver.findElements(By.cssSelector(".kharita-candidate-choice:not([disabled])")).stream()
                    .findFirst().orElseThrow().click();
            wait.until(d -> !app.getBean(Corrections.class).history(articleId).isEmpty());
            ViewerBrowserTest.screenshotOf(driver, "09-corrected");
            assertThat(SeedOnTheMapBrowserTest.cspViolations(driver)).as("login and correction under the CSP").isEmpty();
        } finally {
            // Off the page first: a page left open on a stopped server logs every failed poll as an error.
            driver.get("about:blank");
            app.close();
        }

        ConfigurableApplicationContext again = start();
        try {
            var history = again.getBean(Corrections.class).history(articleId);
            assertThat(history).singleElement().satisfies(h -> assertThat(h.analyst()).isEqualTo("tester"));
            EventRow after = again.getBean(Corpus.class).rowsOfEvent(before.eventId()).stream()
                    .filter(r -> r.mentionIndex().equals(before.mentionIndex())).findFirst().orElseThrow();
            assertThat(after.lat()).isEqualTo(history.get(0).newLat()).isNotEqualTo(before.lat());
            driver.get("http://localhost:" + port(again) + "/?event=" + after.id());
            WebElement popup = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
                    d.findElements(By.cssSelector(".kharita-popup-sentence")).stream().findFirst().orElse(null));
            assertThat(popup.getText()).isNotBlank();
            ViewerBrowserTest.screenshotOf(driver, "10-after-restart");
        } finally {
            again.close();
        }
    }
}
