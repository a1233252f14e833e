package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.EventFilter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of the Arabic UI types a place as they read it, in Arabic, into "Place or region": the demo
 * articles' Kursk comes up as the oblast (مقاطعة كورسك) and every other Kursk the English type-ahead offers,
 * and choosing the oblast leaves its events alone in the count and the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=true",
        "kharita.map.tile-url=",
        "vaadin.launch-browser=false"})
class ArabicTypeAheadBrowserTest extends AbstractBrowserTest {

    @Autowired
    Corpus corpus;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-typeahead-ar-test", true);
    }

    private static String countLabel() {
        return driver.findElement(By.cssSelector(".kharita-count")).getText();
    }

    private static List<WebElement> shownOptions() {
        return driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void typing_kursk_in_arabic_offers_the_oblast_and_choosing_it_shows_only_its_events() throws IOException {
        List<EventFilter.PlaceChoice> english = corpus.places("kursk", MainView.SUGGESTIONS);
        EventFilter.PlaceChoice oblast = english.stream().filter(EventFilter.PlaceChoice::region).findFirst()
                .orElseThrow(() -> new AssertionError("the demo articles name no Kursk region: " + english));
        long all = corpus.count(EventFilter.NONE);
        long inOblast = corpus.count(EventFilter.NONE.withPlace(oblast));
        assertThat(inOblast).as("a filter that leaves something out").isPositive().isLessThan(all);

        driver.get("http://localhost:" + port + "/?lang=ar");
        waitUp(180).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map .leaflet-container")).isEmpty());
        waitUp(60).until(d -> countLabel().startsWith(String.format("%,d ", all)));
        WebElement input = driver.findElement(By.cssSelector(".kharita-filters vaadin-combo-box input"));
        input.click();
        input.sendKeys("كورسك");
        // as many options as the English type-ahead has for kursk, all of them the Arabic name
        waitUp(60).until(d -> shownOptions().size() == english.size()
                && shownOptions().stream().allMatch(o -> o.getText().contains("كورسك")));
        WebElement option = waitUp(60).until(d -> shownOptions().stream()
                .filter(o -> o.getText().startsWith("مقاطعة كورسك") && o.getText().contains(Texts.of("ar").get("region")))
                .findFirst().orElse(null));
        ViewerBrowserTest.screenshotOf(driver, "41-type-ahead-arabic");
        // a click event, not Selenium's native click, as in ViewerBrowserTest: the overlay may still be animating
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);

        waitUp(60).until(d -> countLabel().startsWith(String.format("%,d ", inOblast)));
        assertThat(driver.getCurrentUrl()).contains("place=r").contains("lang=ar");
        assertThat(input.getAttribute("value")).startsWith("مقاطعة كورسك");
        // the list's first row is the filter's first event, its place by the name the Arabic UI gives it
        String first = Labels.place(corpus.events(EventFilter.NONE.withPlace(oblast), 0, 1).get(0), Texts.of("ar"));
        waitUp(60).until(d -> d.findElements(By.cssSelector(".kharita-list vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(first)));
        waitUp(60).until(d -> !d.findElements(By.cssSelector("kharita-leaflet-map[data-rendered]")).isEmpty());
        ViewerBrowserTest.screenshotOf(driver, "42-type-ahead-arabic-chosen");
    }
}
