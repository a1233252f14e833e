package org.kharita.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.corpus.FakeEngine;
import org.kharita.corpus.IngestRequest;
import org.kharita.corpus.MapPoint;
import org.kharita.corpus.TestCorpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The view's wiring, in a mocked Vaadin UI (Karibu) with a stand-in engine and a temp corpus. */
class MainViewTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);
    private static final String ARTICLE = """
            Fighting near Kursk villages
            The ministry said its troops fought near Plekhovo and Sverdlikovo on Wednesday. \
            Later, attacks towards Novoivanovka were repelled.""";

    @TempDir
    Path dataDir;
    TestCorpus corpus;
    MainView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        corpus = TestCorpus.open(dataDir, FakeEngine.analyzer());
        view = new MainView(corpus.corpus(), corpus.ingest(), new MapSettings("", "ignored"));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private long ingestAndShow(String text) {
        long id = corpus.ingest().ingest(IngestRequest.of(text, PUBLISHED)).articleId();
        view.refresh();
        view.showArticle(id, TextLayout.NONE);
        return id;
    }

    @Test
    void clicking_a_marker_highlights_its_sentence_and_selects_its_event() {
        ingestAndShow(ARTICLE);
        MapMarker novoivanovka = view.map.getMarkers().stream().filter(m -> m.place().equals("Novoivanovka"))
                .findFirst().orElseThrow();

        ComponentUtil.fireEvent(view.map, new LeafletMap.MarkerClickEvent(view.map, true, novoivanovka.id()));

        Element lit = view.text.sentenceElement(view.text.highlightedSentence());
        assertThat(lit.getClassList()).contains(ArticleTextPanel.HIGHLIGHTED);
        assertThat(lit.getTextRecursively()).isEqualTo("Later, attacks towards Novoivanovka were repelled.")
                .isEqualTo(novoivanovka.sentence());
    }

    @Test
    void clicking_a_place_name_in_the_text_focuses_its_marker() {
        ingestAndShow(ARTICLE);
        int sverdlikovo = view.text.getArticle().mentions().stream().map(m -> m.text()).toList().indexOf("Sverdlikovo");
        MapPoint expected = corpus.corpus().mapPoints().stream().filter(p -> p.mentionIndex() == sverdlikovo)
                .findFirst().orElseThrow();

        ComponentUtil.fireEvent(view.text, new ArticleTextPanel.TextClickEvent(view.text, true,
                String.valueOf(sverdlikovo), String.valueOf(expected.sentenceIndex())));

        assertThat(view.map.pendingChanges()).last()
                .isEqualTo(Map.of("op", "focus", "id", expected.key()));
    }

    @Test
    void map_changes_of_one_round_trip_reach_the_browser_as_one_call() {
        ingestAndShow(ARTICLE);
        StateTree tree = UI.getCurrent().getInternals().getStateTree();
        tree.runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        view.map.setMarkers(view.map.getMarkers());
        view.map.fitMarkers();
        view.map.focusMarker(view.map.getMarkers().get(0).id());
        tree.runExecutionsBeforeClientResponse();

        var calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(c -> c.getOwner() == view.map.getElement().getNode()).toList();
        assertThat(calls).hasSize(1);
        String payload = String.valueOf(calls.get(0).getInvocation().getParameters().get(0));
        assertThat(payload).contains("\"op\":\"markers\"").contains("\"op\":\"fit\"").contains("\"op\":\"focus\"");
        assertThat(view.map.pendingChanges()).isEmpty();
    }

    @Test
    void the_article_is_shown_as_text_and_its_markup_never_becomes_elements() {
        ingestAndShow("<script>alert('x')</script> <img src=x onerror=alert(1)> Fighting near Plekhovo.");

        assertThat(descendants(view.text.getElement()).filter(e -> !e.isTextNode()).map(Element::getTag)).doesNotContain("script", "img");
        assertThat(view.text.getElement().getTextRecursively()).contains("<script>alert('x')</script>");
    }

    @Test
    void an_arabic_article_is_laid_out_right_to_left() {
        ingestAndShow("معارك قرب القرى. Plekhovo هنا.");

        Element body = view.text.getElement().getChild(0);
        assertThat(body.getAttribute("dir")).isEqualTo("rtl");
        assertThat(body.getAttribute("lang")).isEqualTo("ar");
    }

    @Test
    void bad_input_gets_a_clear_notification_and_stores_nothing() {
        IngestForm form = new IngestForm();
        List<byte[]> bad = List.of(new byte[0], new byte[]{(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b', 0},
                new byte[]{(byte) 0xC3, '(', 'x'});
        for (byte[] bytes : bad) {
            view.ingest(new IngestForm.IngestRequested(form, IngestRequest.of(null, PUBLISHED), bytes, "bad.txt"));
        }
        view.ingest(new IngestForm.IngestRequested(form, IngestRequest.of("   \n ", PUBLISHED), null, null));

        List<String> messages = NotificationsKt.getNotifications().stream().map(MainViewTest::text).toList();
        assertThat(messages).hasSize(4).allSatisfy(m -> assertThat(m).endsWith("Nothing was stored."));
        assertThat(messages.get(0)).contains("empty");
        assertThat(messages.get(1)).contains("binary");
        assertThat(messages.get(2)).contains("UTF-8");
        assertThat(corpus.corpus().articles()).isEmpty();
    }

    @Test
    void an_uploaded_file_is_ingested_and_shown_and_a_second_copy_is_recognised() {
        IngestForm form = new IngestForm();
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);

        var first = view.ingest(new IngestForm.IngestRequested(form, IngestRequest.of(null, PUBLISHED), bytes, "a.txt"));
        var again = view.ingest(new IngestForm.IngestRequested(form, IngestRequest.of(ARTICLE, PUBLISHED), null, null));

        assertThat(first).isPresent();
        assertThat(again.orElseThrow().duplicate()).isTrue();
        assertThat(view.text.getArticle().summary().id()).isEqualTo(first.get().articleId());
        assertThat(view.map.getMarkers()).hasSize(3);
        assertThat(view.timeline.getItems()).hasSize(2);
        assertThat(NotificationsKt.getNotifications()).extracting(MainViewTest::text)
                .containsExactly("Article stored.", "This article is already in the corpus; showing it.");
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text");
    }

    private static Stream<Element> descendants(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(MainViewTest::descendants));
    }
}
