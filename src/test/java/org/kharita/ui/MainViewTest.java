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
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.kharita.corpus.MapData;
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

    static final ViewerActions.Analyst ANALYST = new ViewerActions.Analyst() {
        @Override
        public java.util.Optional<String> name() {
            return java.util.Optional.of("tester");
        }

        @Override
        public void logout() {
        }
    };

    @TempDir
    Path dataDir;
    TestCorpus corpus;
    MainView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        corpus = TestCorpus.open(dataDir, FakeEngine.analyzer());
        view = new MainView(corpus.corpus(), corpus.ingest(), new MapSettings("", "ignored"),
                new ViewerActions(corpus.importer(), corpus.corrections(), corpus.overlays(), ANALYST, dataDir.resolve("none").toString(), UploadLimits.DEFAULT), corpus.overlays());
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

    private EventRow row(String place) {
        return corpus.corpus().events(EventFilter.NONE, 0, 100).stream().filter(r -> place.equals(r.placeName()))
                .findFirst().orElseThrow();
    }

    @Test
    void clicking_a_marker_highlights_its_sentence_and_selects_its_event() {
        ingestAndShow(ARTICLE);
        EventRow novoivanovka = row("Novoivanovka");
        assertThat(view.map.getData().points()).extracting(MapData.Point::id).contains(novoivanovka.id());

        ComponentUtil.fireEvent(view.map, new LeafletMap.MarkerClickEvent(view.map, true, String.valueOf(novoivanovka.id())));

        Element lit = view.text.sentenceElement(view.text.highlightedSentence());
        assertThat(lit.getClassList()).contains(ArticleTextPanel.HIGHLIGHTED);
        assertThat(lit.getTextRecursively()).isEqualTo("Later, attacks towards Novoivanovka were repelled.")
                .isEqualTo(novoivanovka.text());
        assertThat(view.state().event()).isEqualTo(novoivanovka.id());
    }

    @Test
    void clicking_a_place_name_in_the_text_opens_its_event_on_the_map() {
        ingestAndShow(ARTICLE);
        int sverdlikovo = view.text.getArticle().mentions().stream().map(m -> m.text()).toList().indexOf("Sverdlikovo");
        EventRow expected = row("Sverdlikovo");

        ComponentUtil.fireEvent(view.text, new ArticleTextPanel.TextClickEvent(view.text, true,
                String.valueOf(sverdlikovo), String.valueOf(expected.sentenceIndex()), String.valueOf(expected.id())));

        assertThat(view.map.pendingChanges()).anySatisfy(op -> {
            assertThat(op.get("op")).isEqualTo("popup");
            assertThat(op.get("id")).isEqualTo(String.valueOf(expected.id()));
            assertThat(op.get("place")).isEqualTo("Sverdlikovo");
        });
    }

    @Test
    void mentions_and_sentences_carry_their_event_rows_for_the_linked_hover_and_take_the_keyboard() {
        ingestAndShow(ARTICLE);
        EventRow novoivanovka = row("Novoivanovka");
        Element sentence = view.text.sentenceElement(novoivanovka.sentenceIndex());
        assertThat(sentence.getAttribute(ArticleTextPanel.ROWS).split(" ")).contains(String.valueOf(novoivanovka.id()));
        assertThat(sentence.getAttribute("tabindex")).isEqualTo("0");
        Element mention = sentence.getChildren().filter(c -> c.getClassList().contains(ArticleTextPanel.MENTION))
                .findFirst().orElseThrow();
        assertThat(mention.getAttribute(ArticleTextPanel.ROWS)).isEqualTo(String.valueOf(novoivanovka.id()));
        assertThat(mention.getAttribute("tabindex")).isEqualTo("0");
        assertThat(view.timeline.getItems()).anySatisfy(i -> assertThat(i.rows()).contains(novoivanovka.id()));
    }

    @Test
    void clicking_an_event_sentence_outside_its_place_names_selects_its_event() {
        ingestAndShow(ARTICLE);
        EventRow novoivanovka = row("Novoivanovka");

        ComponentUtil.fireEvent(view.text, new ArticleTextPanel.TextClickEvent(view.text, true, "-1",
                String.valueOf(novoivanovka.sentenceIndex()), novoivanovka.id() + " forged"));

        assertThat(view.state().event()).isEqualTo(novoivanovka.id());
        assertThat(view.text.highlightedSentence()).isEqualTo(novoivanovka.sentenceIndex());
    }

    @Test
    void map_changes_of_one_round_trip_reach_the_browser_as_one_call() {
        ingestAndShow(ARTICLE);
        StateTree tree = UI.getCurrent().getInternals().getStateTree();
        tree.runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        view.map.setData(view.map.getData());
        view.map.setView(51, 35, 8);
        view.map.showPopup("1", 51, 35, "p", "d", "t", "s", "src");
        tree.runExecutionsBeforeClientResponse();

        var calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(c -> c.getOwner() == view.map.getElement().getNode()).toList();
        assertThat(calls).hasSize(1);
        String payload = String.valueOf(calls.get(0).getInvocation().getParameters().get(0));
        assertThat(payload).contains("\"op\":\"data\"").contains("\"op\":\"view\"").contains("\"op\":\"popup\"");
        assertThat(view.map.pendingChanges()).isEmpty();
    }

    @Test
    void the_overlay_follows_the_end_of_the_dates_and_is_sent_only_when_its_shape_changes() {
        corpus.importText(org.kharita.corpus.OverlaySamples.twoMonths(), "front.geojson");
        StateTree tree = UI.getCurrent().getInternals().getStateTree();
        // Each overlays op sent, as the dates of its shapes.
        java.util.function.Function<java.time.LocalDate, List<List<Object>>> overlaysSent = to -> {
            tree.runExecutionsBeforeClientResponse();
            view.applyState(ViewState.DEFAULT.withFilter(EventFilter.NONE.withDates(null, to)), true);
            return view.map.pendingChanges().stream().filter(op -> "overlays".equals(op.get("op")))
                    .map(op -> ((List<?>) op.get("shapes")).stream().map(sh -> (Object) ((Map<?, ?>) sh).get("date")).toList())
                    .toList();
        };
        assertThat(overlaysSent.apply(java.time.LocalDate.of(2024, 3, 20))).containsExactly(List.of("2024-03-01"));
        assertThat(overlaysSent.apply(java.time.LocalDate.of(2024, 3, 25))).as("same shape: nothing sent").isEmpty();
        tree.runExecutionsBeforeClientResponse();
        ComponentUtil.fireEvent(view.map, new LeafletMap.MoveEvent(view.map, true, 47, 35, 50, 39, 7, 48.5, 37));
        assertThat(view.map.pendingChanges()).as("a pan sends events, not the overlay")
                .extracting(op -> op.get("op")).contains("data").doesNotContain("overlays");
        assertThat(overlaysSent.apply(java.time.LocalDate.of(2024, 4, 10))).containsExactly(List.of("2024-04-01"));
        assertThat(overlaysSent.apply(java.time.LocalDate.of(2024, 2, 1))).as("before the first shape: cleared")
                .containsExactly(List.of());
    }

    @Test
    void a_date_filter_narrows_the_map_the_list_the_timeline_and_the_count_together() {
        ingestAndShow(ARTICLE);
        corpus.ingest().ingest(IngestRequest.of("Another day\nShelling hit Kyiv outskirts.", PUBLISHED.plusDays(30)));
        view.applyState(ViewState.DEFAULT, true);
        assertThat(view.map.getData().points()).hasSize(4);
        assertThat(view.timeline.getItems()).hasSize(3);

        view.applyState(ViewState.DEFAULT.withFilter(EventFilter.NONE.withDates(PUBLISHED.plusDays(1), null)), true);

        assertThat(view.map.getData().points()).hasSize(1);
        assertThat(view.timeline.getItems()).hasSize(1);
        assertThat(view.count.getText()).startsWith("1 ");
        assertThat(view.histogram.getBins()).as("the histogram keeps the whole span under the brush")
                .extracting(TimeHistogram.Bin::count).contains(3L, 1L);
        assertThat(view.from.getValue()).isEqualTo(PUBLISHED.plusDays(1));
    }

    @Test
    void the_state_survives_a_round_trip_through_the_url() {
        EventFilter f = new EventFilter(PUBLISHED, PUBLISHED.plusDays(3), java.util.Set.of("battle", "shelling"), "russia",
                "ministry", java.util.Set.of(1, 3), "fought", new EventFilter.PlaceChoice(true, "Kursk Oblast", "RU", "41", 0),
                new org.kharita.geo.BBox(50, 34, 52, 36.5));
        ViewState s = new ViewState(f, new ViewState.MapView(51.2, 35.1, 9), 4L, 17L, "ar");
        ViewState.Parsed back = ViewState.parse(s.toQuery().getParameters());
        assertThat(back.problems()).isEmpty();
        assertThat(back.state()).isEqualTo(s);
    }

    @Test
    void forged_parameters_are_named_and_dropped_and_the_rest_of_the_view_kept() {
        ViewState.Parsed p = ViewState.parse(Map.of("from", List.of("2024-13-45"), "to", List.of("2024-08-01"),
                "prec", List.of("9"), "map", List.of("NaN,1,4"), "area", List.of("<script>"), "article", List.of("1 OR 1=1"),
                "type", List.of("battle", "x'; DROP TABLE"), "q", List.of("fought")));
        assertThat(p.problems()).hasSize(6);
        assertThat(p.state().filter().to()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(p.state().filter().types()).containsExactly("battle");
        assertThat(p.state().filter().text()).isEqualTo("fought");
        assertThat(p.state().map()).isNull();
        assertThat(ViewState.parse(Map.of("from", List.of("2024-09-01"), "to", List.of("2024-08-01"))).problems())
                .singleElement().asString().contains("ends before it starts");
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
        assertThat(messages.get(1)).contains("UTF-16"); // FF FE is a UTF-16 byte-order mark: said as such, not "binary"
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
        assertThat(view.map.getData().points()).hasSize(3);
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
