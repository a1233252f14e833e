package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.corpus.ArticleSummary;
import org.kharita.corpus.Corpus;
import org.kharita.fault.BadInputCorpusTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite's bad-input corpus (empty, binary, invalid UTF-8, UTF-16, over 2 MB, one 1 MB line,
 * deeply nested HTML, scripts and handlers in every field, bidi overrides) through the add-article
 * dialog as an analyst uploads it: each refused file named with its reason and nothing of it stored,
 * the odd-but-legitimate ones stored as text, and nothing of their markup run or drawn on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
class BadInputBrowserTest extends AbstractBrowserTest {

    @Autowired
    Corpus corpus;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-bad-input-test", true);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement openAddDialogsUpload() {
        WebElement add = waitUp(60).until(d -> d.findElements(By.cssSelector(".kharita-header vaadin-button")).stream()
                .filter(b -> b.getText().contains("Add article")).findFirst().orElse(null));
        add.click();
        WebElement upload = waitUp(10).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-upload")).stream()
                .findFirst().orElse(null));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.get(0);
    }

    @Test
    void each_bad_file_uploaded_in_the_dialog_is_refused_with_its_reason_and_the_odd_ones_are_stored_as_text() throws IOException {
        BadInputCorpusTest.make();
        Path dir = Files.createTempDirectory(dataDir, "bad");
        CorrectionBrowserTest.logIn(driver, url(""));
        driver.get(url(""));

        // Over the article limit: the upload itself refuses it, saying the limit, before anything reaches the server.
        Path big = dir.resolve("over-2mb.txt");
        Files.write(big, BadInputCorpusTest.CORPUS.get("over-2mb.txt"));
        openAddDialogsUpload().sendKeys(big.toString());
        waitUp(20).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("over-2mb.txt") && n.getText().contains("limit")));
        driver.get(url(""));

        List<String> files = new ArrayList<>();
        int accepted = 0;
        for (Map.Entry<String, byte[]> e : BadInputCorpusTest.CORPUS.entrySet()) {
            if (e.getKey().equals("over-2mb.txt")) continue;
            // the dialog offers .txt and .html only: binary bytes reach the server as a .txt, as a mislabelled file would
            String name = e.getKey().endsWith(".txt") || e.getKey().endsWith(".html") ? e.getKey() : e.getKey() + ".txt";
            Path f = dir.resolve(name);
            Files.write(f, e.getValue());
            files.add(f.toString());
            if (!BadInputCorpusTest.REFUSED.containsKey(e.getKey())) accepted++;
        }
        int expectedStored = accepted;
        long before = corpus.articles().size();
        long maxBefore = corpus.articles().stream().mapToLong(ArticleSummary::id).max().orElse(0);
        openAddDialogsUpload().sendKeys(String.join("\n", files));
        waitUp(60).withMessage(() -> "uploads complete: " + js("return [...document.querySelectorAll('vaadin-upload-file')]"
                        + ".map(f => f.fileName + ':' + f.hasAttribute('complete') + ':' + (f.errorMessage || '')).join(', ')"))
                .until(d -> d.findElements(By.cssSelector("vaadin-upload-file[complete]")).size() == files.size());
        WebElement ingest = driver.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button")).stream()
                .filter(b -> "Ingest".equals(b.getDomProperty("textContent").strip())).findFirst().orElseThrow();
        js("arguments[0].scrollIntoView({block: 'center'})", ingest);
        ingest.click();

        String status = waitUp(300).until(d -> d.findElements(By.cssSelector(".kharita-ingest-status")).stream()
                .map(s -> s.getDomProperty("textContent")).filter(t -> t != null && t.contains("refused")).findFirst().orElse(null));
        ViewerBrowserTest.screenshotOf(driver, "40-bad-input-batch");
        int refusedHere = BadInputCorpusTest.REFUSED.size() - 1;
        assertThat(status).startsWith(expectedStored + " stored, 0 already in the corpus, " + refusedHere + " refused: ")
                .contains("Nothing of a refused file was stored.");
        for (Map.Entry<String, String> r : BadInputCorpusTest.REFUSED.entrySet()) {
            if (!r.getKey().equals("over-2mb.txt")) assertThat(status).as(r.getKey()).contains(r.getKey()).contains(r.getValue());
        }
        assertThat(corpus.articles().size()).isEqualTo(before + expectedStored);

        // Every stored one opened as a reader would: its text shown, nothing of its markup made into elements or run
        // (an alert() run would fail the next driver call; a script error fails the test after it).
        List<Long> stored = corpus.articles().stream().map(ArticleSummary::id).filter(id -> id > maxBefore).toList();
        assertThat(stored).hasSize(expectedStored);
        for (long id : stored) {
            driver.get(url("?article=" + id));
            waitUp(120).until(d -> !d.findElements(By.cssSelector(".article-body .sentence")).isEmpty());
            Long injected = (Long) js("return document.querySelectorAll('img[src=\"x\"], b[onmouseover], [onload], [onerror]').length"
                    + " + [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert')).length");
            assertThat(injected).as("elements made from the markup of article " + id).isZero();
        }
    }
}
