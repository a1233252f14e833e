package org.kharita.ui;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.Corrections;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.IngestService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The viewer's interactions in headless Chromium, on a made-up English article (through the real
 * engine) beside the made-up UCDP rows of {@link ViewerBrowserTest#dataset()}: the linked hover, the
 * keyboard, the Arabic time axes, the heatmap, spiderfied same-place events, the play control, a
 * dropped pin and a batch of uploaded files. Screenshots go to target/screens/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkedViewBrowserTest extends AbstractBrowserTest {
    /** Made up for this test: three villages of Kursk oblast far enough apart to be separate pins. */
    static final String ARTICLE = """
            Fighting near Kursk villages
            The ministry said its troops fought near Plekhovo and Sverdlikovo on 23 October 2024. \
            On 24 October 2024, attacks towards Lgov were repelled.""";
    static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);
    private static long articleId;

    @Autowired
    IngestService ingest;
    @Autowired
    DatasetImporter importer;
    @Autowired
    Corpus corpus;
    @Autowired
    Corrections corrections;
    @Autowired
    org.kharita.geo.NearestPlaces nearestPlaces;

    @DynamicPropertySource
    static void tempDataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-linked-test", true);
    }

    static WebDriverWait waitUp(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        // On a timeout: what is lit and what the map holds, to see why.
        wait.withMessage(() -> String.valueOf(js("""
                return 'lit: ' + [...document.querySelectorAll('.linked, .kharita-linked')].map(e => e.className).join(' / ')
                  + '\\nitems: ' + [...document.querySelectorAll('kharita-event-timeline .vis-item')].map(e => e.className).join(' / ')
                  + '\\nmarkers: ' + [...document.querySelectorAll('kharita-leaflet-map .leaflet-marker-icon')].map(e => e.className + '=' + e.textContent).join(' / ')
                  + '\\nurl: ' + location.href;""")));
        return wait;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The article once, and the made-up UCDP rows (Kursk in August 2024, ten at one point in Donetsk in May 2022). */
    private void loadOnce() {
        if (articleId != 0) return;
        articleId = ingest.ingest(IngestRequest.of(ARTICLE, PUBLISHED)).articleId();
        byte[] bytes = ViewerBrowserTest.dataset().getBytes(StandardCharsets.UTF_8);
        importer.importUcdp(new ByteArrayInputStream(bytes), bytes.length, "made-up.csv", "test", p -> { });
    }

    /** A plotted village of the article, drawn as a pin (not a region's area). */
    private EventRow articlePin() {
        List<EventRow> rows = corpus.events(EventFilter.NONE, 0, 1000).stream()
                .filter(r -> r.fromArticle() && r.articleId() == articleId && r.locationPrecision() <= 2 && r.mentionIndex() != null)
                .toList();
        assumeTrue(!rows.isEmpty(), "skipped: the engine plotted no village of the made-up article");
        return rows.get(0);
    }

    private void openAt(EventRow r, String extra) {
        driver.get(url("?article=" + articleId + "&map=" + r.lat() + "," + r.lon() + ",12" + extra));
        waitUp(180).until(d -> !d.findElements(By.cssSelector(".article-body [data-rows]")).isEmpty()
                && !d.findElements(By.cssSelector(".kharita-marker[data-marker-id='" + r.id() + "']")).isEmpty());
    }

    private static int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    @Test
    @Order(1)
    void hovering_a_marker_lights_its_sentence_and_timeline_item_and_hovering_a_sentence_lights_the_marker() throws IOException {
        loadOnce();
        EventRow r = articlePin();
        openAt(r, "");
        waitUp(20).until(d -> count("kharita-event-timeline .vis-item") > 0);
        String id = String.valueOf(r.id());
        String sentence = ".article-body .sentence[data-rows~='" + id + "']";
        String marker = ".kharita-marker[data-marker-id='" + id + "']";
        assertThat(count(".linked, .kharita-linked")).as("nothing lit before hovering").isZero();

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(marker))).perform();
        waitUp(5).until(d -> count(sentence + ".linked") == 1);
        waitUp(5).until(d -> count("kharita-event-timeline .vis-item.kharita-linked:not(.vis-dot)") == 1);
        String itemClass = driver.findElement(By.cssSelector("kharita-event-timeline .vis-item.kharita-linked:not(.vis-dot)"))
                .getAttribute("class").replaceAll(".*(kharita-item-\\d+).*", "$1");
        assertThat(count(".article-body .place-mention.linked[data-rows~='" + id + "']")).isEqualTo(1);
        assertThat(count(".article-body .sentence.linked")).as("only the hovered event's sentence").isEqualTo(1);
        ViewerBrowserTest.screenshotOf(driver, "11-hover-marker");

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".kharita-title"))).perform();
        waitUp(5).until(d -> count(".linked, .kharita-linked") == 0);

        // The sentence's own text, away from its place names: its left edge.
        WebElement lit = driver.findElement(By.cssSelector(sentence));
        new Actions(driver).moveToElement(lit).perform();
        waitUp(5).until(d -> count(marker + ".kharita-linked") == 1);
        ViewerBrowserTest.screenshotOf(driver, "12-hover-sentence");

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".kharita-title"))).perform();
        waitUp(5).until(d -> count(".linked, .kharita-linked") == 0);
        WebElement item = driver.findElement(By.cssSelector("kharita-event-timeline .vis-item." + itemClass + ":not(.vis-dot)"));
        // Stacked items can lie below the strip's fold, out of the pointer's reach: the browser's own
        // mouseover event then, as the pointer would send it.
        js("arguments[0].dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))", item);
        waitUp(5).until(d -> count(marker + ".kharita-linked") == 1 && count(sentence + ".linked") == 1);
        ViewerBrowserTest.screenshotOf(driver, "12b-hover-timeline-item");
    }

    @Test
    @Order(2)
    void the_keyboard_reaches_the_map_a_marker_a_timeline_item_and_a_place_name() throws IOException {
        loadOnce();
        EventRow r = articlePin();
        openAt(r, "");

        tab();
        WebElement skip = active();
        assertThat(skip.getAttribute("class")).contains("kharita-skip-link");
        assertThat(skip.getLocation().getY()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
        ViewerBrowserTest.screenshotOf(driver, "13-skip-link");
        press(Keys.ENTER);
        assertThat(active().getAttribute("class")).contains("leaflet-container");

        WebElement pin = tabUntil("[data-marker-id]", 30);
        assertThat(js("return getComputedStyle(arguments[0]).outlineStyle", pin)).as("focus is visible").isNotEqualTo("none");
        ViewerBrowserTest.screenshotOf(driver, "14-marker-focused");
        String focusedId = pin.getAttribute("data-marker-id");
        press(Keys.ENTER);
        waitUp(10).until(d -> d.getCurrentUrl().contains("event=" + focusedId));
        waitUp(10).until(d -> count(".kharita-popup-sentence") == 1 && count(".article-body .sentence.highlighted") == 1);

        WebElement item = tabUntil("kharita-event-timeline .vis-item[tabindex]", 60);
        press(Keys.ENTER);
        String itemId = item.getAttribute("class").replaceAll(".*kharita-item-(\\d+).*", "$1");
        waitUp(10).until(d -> d.getCurrentUrl().contains("event=" + itemId));

        WebElement mention = tabUntil(".article-body .place-mention[tabindex]", 120);
        assertThat(mention.getAttribute("role")).isEqualTo("button");
        ViewerBrowserTest.screenshotOf(driver, "15-mention-focused");
        String before = driver.getCurrentUrl();
        press(Keys.SPACE);
        if (mention.getAttribute("data-rows") != null) {
            String row = mention.getAttribute("data-rows").split(" ")[0];
            waitUp(10).until(d -> d.getCurrentUrl().contains("event=" + row));
        } else {
            // A place that is not an event's: the map goes to it.
            waitUp(10).until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().contains("map="));
        }
    }

    @Test
    @Order(3)
    void escape_closes_the_add_article_dialog() throws IOException {
        loadOnce();
        CorrectionBrowserTest.logIn(driver, url(""));
        driver.get(url(""));
        WebElement add = waitUp(60).until(d -> d.findElements(By.cssSelector(".kharita-header vaadin-button")).stream()
                .filter(b -> b.getText().contains("Add article")).findFirst().orElse(null));
        js("arguments[0].focus()", add);
        press(Keys.ENTER);
        waitUp(10).until(d -> count("vaadin-dialog-overlay[opened]") == 1);
        press(Keys.ESCAPE);
        waitUp(10).until(d -> count("vaadin-dialog-overlay[opened]") == 0);
    }

    @Test
    @Order(4)
    void in_arabic_the_timeline_and_histogram_read_arabic_month_names() throws IOException {
        loadOnce();
        driver.get(url("?lang=ar&article=" + articleId + "&from=2024-08-01&to=2024-10-31"));
        waitUp(60).until(d -> count("kharita-event-timeline .vis-item") > 0);
        String span = driver.findElement(By.cssSelector(".kharita-histogram-span")).getText();
        assertThat(span).as("the histogram's span in Arabic").containsPattern("\\p{InArabic}{3,}").containsPattern("20\\d\\d");
        String axis = (String) js("return [...document.querySelectorAll('kharita-event-timeline .vis-time-axis .vis-text')].map(e => e.textContent).join(' ')");
        assertThat(axis).as("the timeline's axis names months in Arabic").containsAnyOf("أغسطس", "سبتمبر", "أكتوبر");
        assertThat(span).as("May 2022 to October 2024, month by month").contains("مايو 2022").contains("أكتوبر 2024");
        assertThat(driver.findElement(By.cssSelector(".kharita-histogram-axis")).getText()).contains("2023").contains("2024");
        WebElement play = driver.findElement(By.cssSelector(".kharita-play"));
        WebElement axisEl = driver.findElement(By.cssSelector("kharita-time-histogram"));
        assertThat(play.getLocation().getX() + play.getSize().getWidth())
                .as("the play button sits at the right of the histogram in RTL")
                .isGreaterThan(axisEl.getLocation().getX() + axisEl.getSize().getWidth() / 2);
        assertThat(driver.findElements(By.cssSelector(".kharita-list vaadin-grid-cell-content")).stream().map(WebElement::getText))
                .as("the country column by name in Arabic").contains("روسيا");
        ViewerBrowserTest.screenshotOf(driver, "16-arabic-timeline");
    }

    @Test
    @Order(5)
    void the_heatmap_toggle_adds_and_removes_the_heat_layer() throws IOException {
        loadOnce();
        driver.get(url(""));
        WebElement toggle = waitUp(60).until(d -> d.findElements(By.cssSelector(".kharita-heat-toggle")).stream().findFirst().orElse(null));
        waitUp(20).until(d -> count("kharita-leaflet-map[data-rendered]") == 1);
        assertThat(count("canvas.leaflet-heatmap-layer")).isZero();
        toggle.click();
        waitUp(5).until(d -> count("canvas.leaflet-heatmap-layer") == 1);
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(js("""
                const c = document.querySelector('canvas.leaflet-heatmap-layer');
                const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < px.length; i += 4) if (px[i] > 0) return true;
                return false;""")).as("the heat layer has painted something").isEqualTo(true);
        ViewerBrowserTest.screenshotOf(driver, "17-heatmap");
        toggle.click();
        waitUp(5).until(d -> count("canvas.leaflet-heatmap-layer") == 0);
    }

    @Test
    @Order(6)
    void ten_events_at_one_place_spread_out_when_their_cluster_is_clicked() throws IOException {
        loadOnce();
        driver.get(url("?from=2022-05-01&to=2022-05-31"));
        waitUp(60).until(d -> "10".equals(d.findElement(By.cssSelector("kharita-leaflet-map")).getAttribute("data-points")));
        // The view settles (fit to the events, then the data for that view) before the cluster is clicked.
        waitUp(60).until(d -> count("kharita-leaflet-map[data-rendered]") == 1);
        WebElement cluster = waitUp(10).until(d -> d.findElements(By.cssSelector("kharita-leaflet-map .marker-cluster")).stream()
                .filter(c -> "10".equals(c.getText().trim())).findFirst().orElse(null));
        assertThat(count("kharita-leaflet-map .kharita-marker")).isZero();
        cluster.click();
        waitUp(10).until(d -> count("kharita-leaflet-map .kharita-marker") == 10);
        waitUp(10).until(d -> count("kharita-leaflet-map .leaflet-overlay-pane path") >= 10); // the spider's legs
        Set<String> places = new HashSet<>();
        for (WebElement m : driver.findElements(By.cssSelector("kharita-leaflet-map .kharita-marker"))) {
            places.add(m.getLocation().getX() + "," + m.getLocation().getY());
        }
        assertThat(places).as("each of the ten at its own spot on screen").hasSize(10);
        ViewerBrowserTest.screenshotOf(driver, "18-spiderfied");
    }

    @Test
    @Order(7)
    void play_steps_the_date_range_through_time_and_the_map_follows() throws IOException {
        loadOnce();
        driver.get(url(""));
        waitUp(60).until(d -> count("kharita-leaflet-map[data-rendered]") == 1);
        js("""
                window.__renders = [];
                document.addEventListener('kharita-map-rendered', (e) => {
                    const from = document.querySelector('kharita-time-histogram')._from;
                    if (from) window.__renders.push({ points: e.detail.points, query: 'from=' + from });
                });""");
        driver.findElement(By.cssSelector(".kharita-play")).click();
        // Play steps only once the map has drawn the step before: the renders are the steps, however slow the machine.
        waitUp(120).until(d -> ((List<?>) js("return window.__renders")).size() >= 3);
        driver.findElement(By.cssSelector(".kharita-play")).click();
        ViewerBrowserTest.screenshotOf(driver, "19-playing");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> renders = (List<Map<String, Object>>) js("return window.__renders");
        List<String> froms = new ArrayList<>();
        for (Map<String, Object> r : renders) {
            String q = String.valueOf(r.get("query"));
            String from = q.replaceAll(".*from=([0-9-]+).*", "$1");
            froms.add(from);
            long points = ((Number) r.get("points")).longValue();
            if (from.equals("2022-05-01")) assertThat(points).as("the first step holds May 2022's ten").isEqualTo(10);
            else if (from.startsWith("2022")) assertThat(points).as("no event in the rest of 2022").isZero();
        }
        assertThat(froms).as("the window moves forward step by step").startsWith("2022-05-01").doesNotHaveDuplicates();
        assertThat(froms.get(1)).isGreaterThan(froms.get(0));
    }

    @Test
    @Order(8)
    void a_dropped_pin_corrects_a_place_to_where_the_map_was_clicked() throws IOException {
        loadOnce();
        EventRow r = articlePin();
        CorrectionBrowserTest.logIn(driver, url(""));
        openAt(r, "");
        driver.findElement(By.cssSelector(".article-body [data-mention='" + r.mentionIndex() + "']")).click();
        WebElement drop = waitUp(20).until(d -> d.findElements(By.cssSelector(".kharita-drop-pin")).stream().findFirst().orElse(null));
        drop.click();
        WebElement canvas = driver.findElement(By.cssSelector("kharita-leaflet-map .leaflet-container"));
        // the candidates' fitBounds settles the view, and the data for it is drawn
        waitUp(60).until(d -> count("kharita-leaflet-map[data-rendered]") == 1);
        int dx = -canvas.getSize().getWidth() / 4;
        int dy = canvas.getSize().getHeight() / 5;
        @SuppressWarnings("unchecked")
        List<Number> expected = (List<Number>) js("""
                const m = document.querySelector('kharita-leaflet-map')._map;
                const s = m.getSize();
                const ll = m.containerPointToLatLng([s.x / 2 + arguments[0], s.y / 2 + arguments[1]]);
                return [ll.lat, ll.lng];""", dx, dy);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
        waitUp(20).until(d -> !corrections.history(articleId).isEmpty());
        var h = corrections.history(articleId).get(0);
        assertThat(h.analyst()).isEqualTo("tester");
        assertThat(h.newLat()).isCloseTo(expected.get(0).doubleValue(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(h.newLon()).isCloseTo(expected.get(1).doubleValue(), org.assertj.core.data.Offset.offset(0.02));
        // The pin carries the country and region of the settlement nearest it, and the analyst is told so.
        var near = nearestPlaces.nearest(h.newLat(), h.newLon());
        EventRow moved = corpus.rowsOfEvent(r.eventId()).stream()
                .filter(x -> r.mentionIndex().equals(x.mentionIndex())).findFirst().orElseThrow();
        assertThat(moved.country()).isEqualTo(near.map(n -> n.place().country()).orElse(null));
        assertThat(moved.admin1()).isEqualTo(near.map(n -> n.place().admin1()).filter(a -> !a.isBlank()).orElse(null));
        String told = waitUp(10).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .map(WebElement::getText).filter(t -> t.startsWith("Corrected to")).findFirst().orElse(null));
        assertThat(told).contains(near.isPresent() ? "region inferred near " + near.get().place().name() : "country and region unknown");
        ViewerBrowserTest.screenshotOf(driver, "20-pin-dropped");
    }

    @Test
    @Order(9)
    void a_batch_of_uploaded_files_is_ingested_with_a_progress_indicator() throws IOException {
        loadOnce();
        CorrectionBrowserTest.logIn(driver, url(""));
        driver.get(url(""));
        long articlesBefore = corpus.articles().size();
        Path dir = Files.createTempDirectory(dataDir, "batch");
        List<String> files = new ArrayList<>();
        String[] villages = {"Plekhovo", "Sverdlikovo", "Lgov", "Sudzha"};
        for (int i = 0; i < villages.length; i++) {
            Path f = dir.resolve("made-up-" + i + ".txt");
            // long enough (~400 kB) that analysing a file outlasts the 300 ms poll, so the page shows the count move
            Files.writeString(f, "Made-up report " + i + "\nThe ministry said its troops fought near " + villages[i]
                    + " on Monday, report number " + i + ".\n" + "Nothing else happened that day in the made-up town. ".repeat(8_000));
            files.add(f.toString());
        }
        WebElement add = waitUp(60).until(d -> d.findElements(By.cssSelector(".kharita-header vaadin-button")).stream()
                .filter(b -> b.getText().contains("Add article")).findFirst().orElse(null));
        add.click();
        WebElement upload = waitUp(10).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-upload")).stream().findFirst().orElse(null));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.get(0);
        input.sendKeys(String.join("\n", files));
        try {
            waitUp(20).until(d -> count("vaadin-upload-file[complete]") == villages.length);
        } finally {
            ViewerBrowserTest.screenshotOf(driver, "21-batch-uploaded");
        }
        // Every status line and progress value the page shows, as it shows them.
        js("""
                window.__progress = [];
                new MutationObserver(() => {
                  const s = document.querySelector('.kharita-ingest-status');
                  const b = document.querySelector('.kharita-ingest-progress');
                  if (s && s.textContent) window.__progress.push(s.textContent + ' | ' + (b && !b.hidden ? b.value : 'hidden'));
                }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });""");
        WebElement ingestButton = driver.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button")).stream()
                .filter(b -> "Ingest".equals(b.getDomProperty("textContent").strip())).findFirst().orElseThrow();
        js("arguments[0].scrollIntoView({block: 'center'})", ingestButton);
        ingestButton.click();
        try {
            waitUp(120).until(d -> corpus.articles().size() == articlesBefore + villages.length);
        } finally {
            ViewerBrowserTest.screenshotOf(driver, "22-batch-after-ingest");
            System.out.println("batch notifications: " + js("return [...document.querySelectorAll('vaadin-notification-card, .kharita-ingest-status')].map(n => n.textContent).join(' | ')"));
        }
        waitUp(20).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains(villages.length + " stored, 0 already in the corpus")));
        ViewerBrowserTest.screenshotOf(driver, "23-batch-done");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) js("return window.__progress");
        assertThat(seen).as("the progress line counted files while the batch ran")
                .anyMatch(s -> s.matches("\\d of " + villages.length + " files \\| 0\\.\\d+.*"));
    }

    private static void tab() {
        press(Keys.TAB);
    }

    private static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches the selector. */
    private static WebElement tabUntil(String css, int limit) {
        for (int i = 0; i < limit; i++) {
            tab();
            WebElement a = active();
            if (Boolean.TRUE.equals(js("return arguments[0].matches(arguments[1])", a, css))) return a;
        }
        throw new AssertionError("no element matching " + css + " within " + limit + " Tab presses; ended on "
                + js("return arguments[0].outerHTML.substring(0, 200)", active()));
    }
}
