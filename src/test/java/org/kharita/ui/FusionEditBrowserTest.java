package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An analyst corrects fusion through the popup: the demo story, fused per village, has a village told by
 * several articles; "Not the same event" on one of its claims makes that report its own event (one event
 * more, one source less), and "Same event as…" then a click on the other event in the list merges them back.
 * Someone not logged in sees neither button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=true",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
class FusionEditBrowserTest extends AbstractBrowserTest {

    @Autowired
    Corpus corpus;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-fusion-edit-test", true);
    }

    @Test
    void an_analyst_splits_a_report_off_a_fused_event_and_merges_it_back_and_an_anonymous_user_cannot() throws IOException {
        // a fused event of reports from different articles, whose split-off report reads differently in the list
        EventRow fused = corpus.events(EventFilter.NONE, 0, 1000).stream()
                .filter(r -> corpus.fusedReports(r.id()).size() >= 2 && corpus.disagreement(r.id()).sources() >= 2)
                .findFirst().orElse(null);
        assumeTrue(fused != null, "skipped: the demo corpus fused no village from two sources");
        List<EventRow> reports = corpus.fusedReports(fused.id());
        EventRow other = reports.stream().filter(r -> r.id() != fused.id() && !r.text().equals(fused.text())
                && !java.util.Objects.equals(r.articleId(), fused.articleId())).findFirst().orElseThrow();
        long events = corpus.count(EventFilter.NONE);
        int sources = corpus.disagreement(fused.id()).sources();

        driver.get(url("?event=" + fused.id()));
        waitForPopup(fused.id(), reports.size());
        assertThat(driver.findElements(By.cssSelector(".kharita-claim-split, .kharita-popup-merge")))
                .as("no fusion buttons for someone not logged in").isEmpty();

        CorrectionBrowserTest.logIn(driver, url(""));
        driver.get(url("?event=" + fused.id()));
        waitForPopup(fused.id(), reports.size());
        assertThat(heading()).isEqualTo(Texts.of("en").format("fusedHeading", reports.size(), sources));
        assertThat(driver.findElements(By.cssSelector(".kharita-claim-split"))).hasSize(reports.size());
        ViewerBrowserTest.screenshotOf(driver, "40-fusion-buttons");

        press(driver.findElement(By.cssSelector(".kharita-claim[data-row='" + other.id() + "'] .kharita-claim-split")));
        waitUp(60).until(d -> FusionBrowserTest.countText(d).equals((events + 1) + " events"));
        // the split-off report's popup: alone now
        waitForPopup(other.id(), 0);
        driver.get(url("?event=" + fused.id()));
        waitForPopup(fused.id(), reports.size() - 1);
        assertThat(heading()).as("one source fewer").isEqualTo(Texts.of("en").format("fusedHeading", reports.size() - 1, sources - 1));
        assertThat(FusionBrowserTest.countText(driver)).isEqualTo((events + 1) + " events");

        press(driver.findElement(By.cssSelector(".kharita-popup-merge")));
        waitUp(30).until(d -> !d.findElements(By.cssSelector(".kharita-main.kharita-merge-pending")).isEmpty());
        ViewerBrowserTest.screenshotOf(driver, "41-fusion-merge-pick");
        // the other event, picked in the list by its sentence, which sits right of a small window's list: scrolled
        // to until the grid has settled (it recycles its cells as it scrolls), then clicked as a person would
        WebElement row = waitUp(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement cell = d.findElements(By.cssSelector(".kharita-list vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().strip().equals(other.text().strip())).findFirst().orElse(null);
            if (cell == null) return null;
            Object inView = ((JavascriptExecutor) d).executeScript(
                    "const r = arguments[0].getBoundingClientRect(), g = arguments[0].closest('vaadin-grid').getBoundingClientRect();"
                            + "const x = (r.left + Math.min(r.right, g.right)) / 2, y = (r.top + r.bottom) / 2;"
                            + "if (x > g.left && x < g.right && y > g.top + 40 && y < g.bottom - 20) return true;"
                            + "arguments[0].scrollIntoView({block: 'center', inline: 'start'});"
                            + "return false;", cell);
            return Boolean.TRUE.equals(inView) ? cell : null;
        });
        row.click();
        waitUp(60).withMessage(() -> "merged back; count reads " + FusionBrowserTest.countText(driver) + ", fused ids "
                        + corpus.fusedId(fused.id()) + " / " + corpus.fusedId(other.id()) + ", " + BrowserHarness.describePopups(driver))
                .until(d -> FusionBrowserTest.countText(d).equals(events + " events"));
        waitForPopup(other.id(), reports.size());
        assertThat(heading()).as("restored").isEqualTo(Texts.of("en").format("fusedHeading", reports.size(), sources));
        assertThat(corpus.fusedId(other.id())).isEqualTo(corpus.fusedId(fused.id()));
        ViewerBrowserTest.screenshotOf(driver, "42-fusion-merged");
    }

    private void waitForPopup(long id, int claims) {
        waitUp(120).withMessage(() -> "popup of " + id + " with " + claims + " claims; found " + BrowserHarness.describePopups(driver))
                .until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map[data-rendered]")).isEmpty()
                        && String.valueOf(id).equals(map(d).getAttribute("data-popup"))
                        && String.valueOf(claims).equals(map(d).getAttribute("data-popup-claims")));
    }

    private static WebElement map(WebDriver d) {
        return d.findElement(By.cssSelector("kharita-leaflet-map"));
    }

    private String heading() {
        return driver.findElement(By.cssSelector(".kharita-popup-fused")).getDomProperty("textContent");
    }

    /**
     * The real button, clicked in the page: a popup taller than a small map scrolls, and its lower claims can
     * sit under the map's attribution line, where Selenium refuses a pointer click.
     */
    private static void press(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }
}
