package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.corpus.ArticleSummary;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.kharita.geo.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo articles as a newcomer sees them: Darino, a village the gazetteer can only place at its
 * district seat (Sudzha), shows as approximate on the map, in its popup and in the list; and clicking it
 * in the Arabic article, as an analyst in the Arabic UI, opens its popup (a marker stacked on Sudzha's)
 * and an Arabic correction dialog (candidates by their Arabic names, the resolver's explanation in Arabic), the
 * list names the village and its actors in Arabic, with no page error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=true",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
class ApproximateArabicBrowserTest extends AbstractBrowserTest {

    @Autowired
    Corpus corpus;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-approximate-test", true);
    }

    private EventRow darino(Language language) {
        long article = corpus.articles().stream().filter(a -> a.language() == language).map(ArticleSummary::id)
                .findFirst().orElseThrow();
        // every report, not one per fused event: the three demo articles tell of the same villages
        return corpus.events(EventFilter.NONE.withReports(true), 0, 1000).stream()
                .filter(r -> article == (r.articleId() == null ? -1 : r.articleId()) && "Darino".equals(r.placeName()))
                .findFirst().orElseThrow(() -> new AssertionError("no event at Darino in the " + language + " demo article"));
    }

    @Test
    void a_village_placed_at_its_district_seat_looks_approximate_on_the_map_in_its_popup_and_in_the_list() throws IOException {
        EventRow r = darino(Language.EN);
        assertThat(r.locationPrecision()).as("known to its district, not the village").isEqualTo(2);
        // The location-precision filter at 2 (near / district): the approximate events alone, so Darino's row is in view.
        // Counted as reports, not fused events: the three demo articles' reports of one village are what stack
        // on the district seat (fused, the village is a single marker and nothing stacks).
        driver.get(url("?prec=2&count=reports&event=" + r.id()));
        // The popup is drawn, then drawn again with its claims: every read of it is inside a wait that outlives
        // the element it found being replaced.
        waitUp(180).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the approximate popup of report " + r.id() + "; found " + BrowserHarness.describePopups(driver))
                .until(d -> d.findElements(By.cssSelector(".kharita-popup-place")).stream()
                        .anyMatch(e -> "≈ Darino (approximate)".equals(e.getDomProperty("textContent"))));
        waitUp(30).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map[data-rendered]")).isEmpty());
        waitUp(30).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".kharita-list vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().equals("≈ Darino (approximate)")));
        // The approximate villages stack on their district seat: their cluster spreads them out, each drawn dashed.
        // Found and clicked in one step, again if the map redrew it in between.
        waitUp(60).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement stack = d.findElements(By.cssSelector("kharita-leaflet-map .marker-cluster")).stream()
                    .max(java.util.Comparator.comparingInt(c -> Integer.parseInt(c.getText().trim()))).orElse(null);
            if (stack == null) return false;
            stack.click();
            return true;
        });
        waitUp(60).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("kharita-leaflet-map .kharita-marker.kharita-prec-2")).stream()
                        .filter(WebElement::isDisplayed).count() >= 2);
        assertThat(driver.findElements(By.cssSelector("kharita-leaflet-map .kharita-marker.kharita-prec-1"))).isEmpty();
        // One of the spread markers clicked: its popup says it is approximate too.
        waitUp(60).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElements(By.cssSelector("kharita-leaflet-map .kharita-marker.kharita-prec-2")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
            return true;
        });
        waitUp(60).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".kharita-popup-place")).stream()
                        .map(e -> e.getDomProperty("textContent"))
                        .anyMatch(t -> t != null && t.startsWith("≈ ") && t.endsWith("(approximate)")));
        ViewerBrowserTest.screenshotOf(driver, "31-approximate-village");
    }

    @Test
    void clicking_a_stacked_village_in_the_arabic_article_opens_its_popup_and_an_arabic_correction_dialog() throws IOException {
        EventRow r = darino(Language.AR);
        CorrectionBrowserTest.logIn(driver, url(""));
        driver.get(url("?lang=ar&article=" + r.articleId()));
        WebElement mention = waitUp(120).until(d -> d.findElements(By.cssSelector(
                ".article-body [data-mention='" + r.mentionIndex() + "']")).stream().findFirst().orElse(null));
        assertThat(mention.getText()).contains("دارينو");
        assertThat(mention.getAttribute("title")).contains("تقريبي");
        mention.click();
        // the popup opens, then is filled again with its fused claims: read the one on screen when it settles.
        // Its DOM text, not Selenium's visible text: the analyst's candidates then fit the map around them, which
        // can leave the popup clipped by the map's edge, and a clipped element's visible text is empty.
        waitUp(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "popup of report " + r.id() + " (mention " + r.mentionIndex() + ") on screen; found "
                        + BrowserHarness.describePopups(driver))
                .until(d -> d.findElements(By.cssSelector(".kharita-popup-place")).stream()
                        .anyMatch(e -> "≈ دارينو (تقريبي)".equals(e.getDomProperty("textContent"))));
        Texts ar = Texts.of("ar");
        if (r.claimedBy() != null) {
            // the claimant in the popup's source line, in Arabic
            String source = driver.findElement(By.cssSelector(".kharita-popup-source")).getDomProperty("textContent");
            assertThat(source).contains(Labels.actor(r.claimedBy(), ar)).doesNotContain(r.claimedBy());
        }
        WebElement drop = waitUp(60).until(d -> d.findElements(By.cssSelector(".kharita-drop-pin")).stream()
                .findFirst().orElse(null));
        assertThat(drop.getText()).isEqualTo("ضع دبوسًا على الخريطة");
        WebElement dialog = driver.findElements(By.cssSelector("vaadin-dialog-overlay")).stream()
                .filter(o -> !o.findElements(By.cssSelector(".kharita-drop-pin")).isEmpty()).findFirst().orElseThrow();
        assertThat(dialog.getText()).contains("تصحيح المكان").contains("السبب:").contains("إغلاق");
        // the candidates by their Arabic names, and the resolver's explanation in Arabic, part by part
        assertThat(driver.findElements(By.cssSelector(".kharita-candidate-choice")).stream().map(WebElement::getText).toList())
                .anyMatch(c -> c.startsWith("دارينو"));
        String explanation = corpus.article(r.articleId()).orElseThrow().mentions().get(r.mentionIndex()).resolution().explanation();
        String why = driver.findElement(By.cssSelector(".kharita-explanation")).getText();
        assertThat(why).isEqualTo(ar.format("explanation", Explanations.translate(explanation, "RU", ar)))
                .doesNotContain(explanation.split("; ")[0]);
        assertThat(driver.findElement(By.cssSelector("kharita-leaflet-map")).getAttribute("data-popup")).isEqualTo(String.valueOf(r.id()));
        ViewerBrowserTest.screenshotOf(driver, "32-correction-arabic");

        // the list: Darino's fused event by its Arabic name, its actors in Arabic
        EventRow listed = corpus.events(EventFilter.NONE, 0, 1000).stream().filter(e -> "Darino".equals(e.placeName()))
                .findFirst().orElseThrow();
        waitUp(30).until(d -> d.findElements(By.cssSelector(".kharita-list vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("≈ دارينو (تقريبي)")));
        String actors = java.util.stream.Stream.of(listed.actor1(), listed.actor2()).filter(java.util.Objects::nonNull)
                .map(a -> Labels.actor(a, ar)).collect(java.util.stream.Collectors.joining(" — "));
        if (!actors.isEmpty()) {
            assertThat(actors.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)).isTrue();
            assertThat(driver.findElements(By.cssSelector(".kharita-list vaadin-grid-cell-content")).stream().map(WebElement::getText))
                    .contains(actors);
        }
    }
}
