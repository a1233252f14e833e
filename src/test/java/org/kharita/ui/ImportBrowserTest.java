package org.kharita.ui;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kharita.corpus.UcdpSample;
import org.kharita.support.Shared;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import dialog as an analyst meets it: log in, open it, upload a real 2.4 MB UCDP file through
 * the upload component (Spring's default 1 MB multipart limit refused every real dataset), and click
 * a file of the one-click folder list (its import runs on a pool thread, which once lost the analyst).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportBrowserTest extends AbstractBrowserTest {
    static final Path UKRAINE = Shared.ROOT.resolve("events-real/ucdp_ged_ukraine_2014_2023.csv");
    private static Path importDir;


    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-import-test", true);
        importDir = Files.createDirectories(dataDir.resolve("import"));
        // A made-up UCDP file in the one-click folder: three events.
        StringBuilder csv = new StringBuilder(UcdpSample.HEADER);
        for (int i = 0; i < 3; i++) {
            csv.append(UcdpSample.row(900 + i, 1, "Government of Russia", "Government of Ukraine", "Made-up clash " + i, 1,
                    "Village " + i, "Kursk oblast", 51.2 + i * 0.01, 35.2, "Russia", 1, "2024-08-1" + i, "2024-08-1" + i, 1));
        }
        Files.writeString(importDir.resolve("made-up-ucdp.csv"), csv, StandardCharsets.UTF_8);
        registry.add("kharita.import.dir", importDir::toString);
    }

    private WebElement openImportDialog() throws IOException {
        String base = "http://localhost:" + port + "/";
        CorrectionBrowserTest.logIn(driver, base);
        waitUp(60).until(d -> !d.findElements(By.cssSelector(".kharita-import")).isEmpty()
                && d.findElement(By.cssSelector(".kharita-import")).isDisplayed());
        driver.findElement(By.cssSelector(".kharita-import")).click();
        return waitUp(30).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay .kharita-import-upload")).stream()
                .findFirst().orElse(null));
    }

    /** The import's own signal: the status line gets data-done when the import has finished, either way. */
    private static WebElement awaitImportDone(int seconds) {
        return waitUp(seconds).until(d -> d.findElements(By.cssSelector(".kharita-import-status[data-done]")).stream()
                .findFirst().orElse(null));
    }

    @Test
    @Order(1)
    void a_real_ucdp_file_over_a_megabyte_uploads_through_the_dialog_and_is_imported() throws IOException {
        Shared.require(UKRAINE);
        assertThat(Files.size(UKRAINE)).as("over Spring's default 1 MB multipart limit").isGreaterThan(2_000_000);
        long records = csvRecords(UKRAINE);

        WebElement upload = openImportDialog();
        SearchContext shadow = upload.getShadowRoot();
        WebElement input = shadow.findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(UKRAINE.toAbsolutePath().normalize().toString());

        WebElement status = awaitImportDone(600);
        ViewerBrowserTest.screenshotOf(driver, "30-import-ukraine-done");
        assertThat(status.getAttribute("data-done")).isEqualTo("imported");
        assertThat(status.getText()).isEqualTo(String.format("%d events imported.", records));
    }

    @Test
    @Order(2)
    void a_file_of_the_folder_list_is_imported_with_the_logged_in_analyst() throws IOException {
        openImportDialog();
        WebElement button = waitUp(30).until(d -> d.findElements(By.cssSelector(".kharita-import-file")).stream()
                .filter(b -> b.getText().contains("made-up-ucdp.csv")).findFirst().orElse(null));
        button.click();
        WebElement status = awaitImportDone(120);
        assertThat(status.getAttribute("data-done")).isEqualTo("imported");
        assertThat(status.getText()).isEqualTo("3 events imported.");
    }

    /** The data rows of a CSV, read independently of the importer. */
    private static long csvRecords(Path csv) throws IOException {
        long n = 0;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
        }
        return n;
    }
}
