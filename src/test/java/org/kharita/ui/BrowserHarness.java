package org.kharita.ui;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every browser test needs: Debian's Chromium or a clear skip, a throwaway data folder, the
 * test analyst's login, and everything closed afterwards.
 */
final class BrowserHarness {
    /** The analyst the browser tests log in as (see {@link CorrectionBrowserTest#logIn}). */
    static final String ANALYST = "tester", PASSWORD = "test-password";

    private BrowserHarness() {
    }

    /** A headless Chromium, or the test skipped with the command that installs one. */
    static WebDriver requireChromium() {
        assumeTrue(Files.isExecutable(SeedOnTheMapBrowserTest.CHROMIUM) && Files.isExecutable(SeedOnTheMapBrowserTest.CHROMEDRIVER),
                "skipped: no /usr/bin/chromium or /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        return SeedOnTheMapBrowserTest.chromium();
    }

    /** A fresh data folder for the application under test, and the test analyst when {@code analyst}. */
    static Path dataDir(DynamicPropertyRegistry registry, String name, boolean analyst) throws IOException {
        Path dir = Files.createTempDirectory(name);
        registry.add("kharita.data-dir", dir::toString);
        if (analyst) registry.add("kharita.analysts." + ANALYST, BrowserHarness::analystHash);
        return dir;
    }

    static String analystHash() {
        return "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
    }

    /**
     * Fails on any JavaScript exception or console error the page logged since the last call (the
     * driver's log is drained by reading it). Every browser test calls it after each step, so a
     * broken script fails the test that met it, not only a person who opens the console.
     */
    static void assertNoPageErrors(WebDriver driver) {
        if (driver == null) return;
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(errors).as("JavaScript errors and console errors on the page").isEmpty();
    }

    /**
     * What the map shows of popups when a wait for one times out: the wait's own message is all a
     * failed CI run prints, so it has to say what was on screen instead.
     */
    static String describePopups(WebDriver driver) {
        try {
            var map = driver.findElements(org.openqa.selenium.By.cssSelector("kharita-leaflet-map"));
            String attrs = map.isEmpty() ? "no map" : "data-popup=" + map.get(0).getAttribute("data-popup")
                    + " data-popup-claims=" + map.get(0).getAttribute("data-popup-claims")
                    + " data-rendered=" + map.get(0).getAttribute("data-rendered");
            List<String> places = driver.findElements(org.openqa.selenium.By.cssSelector(".kharita-popup-place")).stream()
                    .map(e -> "'" + e.getText() + "'" + (e.isDisplayed() ? "" : " (hidden)")).toList();
            int popups = driver.findElements(org.openqa.selenium.By.cssSelector(".leaflet-popup")).size();
            int dialogs = driver.findElements(org.openqa.selenium.By.cssSelector("vaadin-dialog-overlay")).size();
            return attrs + ", " + popups + " leaflet popups, places " + places + ", " + dialogs + " dialogs, url "
                    + driver.getCurrentUrl();
        } catch (RuntimeException e) {
            return "(page state unreadable: " + e + ")";
        }
    }

    static void close(WebDriver driver, Path dataDir) throws IOException {
        if (driver != null) driver.quit();
        if (dataDir != null) FileSystemUtils.deleteRecursively(dataDir);
    }
}
