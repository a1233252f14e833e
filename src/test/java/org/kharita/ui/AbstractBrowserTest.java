package org.kharita.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The life of a browser test class against the running app: one Chromium for all its steps (or a
 * clear skip), no page error allowed after any step, and the browser and the data folder gone at the
 * end. Each subclass makes its own data folder in its own {@code @DynamicPropertySource} (one method per
 * class keeps Spring from sharing one cached context, and one folder, between classes).
 */
abstract class AbstractBrowserTest {
    static Path dataDir;
    static WebDriver driver;
    @LocalServerPort
    int port;

    /** The running app's page with this query ("" for the landing page). */
    String url(String query) {
        return "http://localhost:" + port + "/" + query;
    }

    @BeforeAll
    static void needsBrowser() {
        driver = BrowserHarness.requireChromium();
    }

    @AfterEach
    void noPageErrors() {
        BrowserHarness.assertNoPageErrors(driver);
    }

    /** Waits on the page's own signals, with room for a loaded machine. */
    static WebDriverWait waitUp(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    @AfterAll
    static void quit() throws IOException {
        BrowserHarness.close(driver, dataDir);
    }
}
