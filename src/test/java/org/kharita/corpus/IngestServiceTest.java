package org.kharita.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Event;
import org.kharita.extract.Mention;
import org.kharita.geo.Language;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestServiceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);
    private static final String ARTICLE = """
            Fighting near Kursk villages

            The ministry said its troops fought near Plekhovo and Sverdlikovo on Wednesday.
            The forces of Kyiv attacked towards Novoivanovka, it added.
            Nobody could check the claims.""";

    @TempDir
    Path dataDir;
    DataSource ds;
    IngestService ingest;
    Corpus corpus;

    @BeforeEach
    void open() {
        ds = TestDatabase.open(dataDir);
        ingest = TestDatabase.ingest(ds, FakeEngine.analyzer());
        corpus = new Corpus(new CorpusStore(ds), new EventIndex(ds));
    }

    @Test
    void an_ingested_article_comes_back_with_its_sentences_mentions_and_events() {
        IngestResult r = ingest.ingest(new IngestRequest(ARTICLE, null, PUBLISHED, "Wire", "https://example.org/a", null));

        assertThat(r.duplicate()).isFalse();
        StoredArticle a = corpus.article(r.articleId()).orElseThrow();
        assertThat(a.text()).isEqualTo(ARTICLE);
        assertThat(a.summary().title()).isEqualTo("Fighting near Kursk villages");
        assertThat(a.summary().outlet()).isEqualTo("Wire");
        assertThat(a.summary().language()).isEqualTo(Language.EN);
        assertThat(a.summary().publishedAt()).isEqualTo(PUBLISHED);
        assertThat(a.summary().eventCount()).isEqualTo(2);
        assertThat(a.sentences()).hasSize(4);

        assertThat(a.mentions()).extracting(Mention::text).containsExactly("Plekhovo", "Sverdlikovo", "Kyiv", "Novoivanovka");
        for (Mention m : a.mentions()) assertThat(ARTICLE.substring(m.start(), m.end())).isEqualTo(m.text());
        Mention kyiv = a.mentions().get(2);
        assertThat(kyiv.literal()).isFalse();
        Mention plekhovo = a.mentions().get(0);
        assertThat(plekhovo.resolution().place().lat()).isEqualTo(51.1031);
        assertThat(plekhovo.resolution().confidence()).isEqualTo(0.9);
        assertThat(plekhovo.resolution().explanation()).isEqualTo("fake: known name");
        assertThat(plekhovo.resolution().alternatives()).singleElement()
                .satisfies(alt -> assertThat(alt.place().name()).isEqualTo("Plekhovo (other)"));

        Event first = a.events().get(0).event();
        assertThat(first.places()).containsExactly(0, 1);
        assertThat(first.date()).isEqualTo(PUBLISHED);
        assertThat(first.datePrecision()).isEqualTo(Event.DatePrecision.DAY);
        assertThat(first.actors()).extracting(Event.Actor::name).containsExactly("Russia", "Ukraine");
        assertThat(first.claimedBy()).isEqualTo("Ministry of Defence");
        assertThat(first.counts().get("killed")).isEqualTo(new Event.Count(40, Event.Qualifier.ABOUT, "about 40"));
        assertThat(first.group()).isEqualTo("g1");
        assertThat(first.sentence().text(ARTICLE)).startsWith("The ministry said");
    }

    @Test
    void an_article_in_a_language_it_does_not_read_is_refused_and_nothing_is_stored() {
        String turkish = "Rus kuvvetleri çarşamba günü Harkiv şehrine saldırdı ve birkaç konut binasını yıktı. "
                + "Yetkililer saldırıda en az beş kişinin öldüğünü ve çok sayıda kişinin yaralandığını açıkladı.";
        int before = corpus.articles().size();
        assertThatThrownBy(() -> ingest.ingest(IngestRequest.of(turkish, PUBLISHED)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Turkish");
        assertThat(corpus.articles()).hasSize(before);
    }

    @Test
    void map_points_are_one_per_event_and_literal_place_and_quote_their_sentence() {
        long id = ingest.ingest(IngestRequest.of(ARTICLE, PUBLISHED)).articleId();

        List<MapPoint> points = corpus.mapPoints();

        // Plekhovo and Sverdlikovo for the first event, Novoivanovka for the second; Kyiv is the army, not a place.
        assertThat(points).extracting(MapPoint::placeName).containsExactly("Plekhovo", "Sverdlikovo", "Novoivanovka");
        assertThat(points).allSatisfy(p -> {
            assertThat(p.articleId()).isEqualTo(id);
            assertThat(p.sentenceText()).isEqualTo(ARTICLE.substring(p.sentenceStart(), p.sentenceEnd()));
        });
        assertThat(points.get(2).sentenceText()).isEqualTo("The forces of Kyiv attacked towards Novoivanovka, it added.");
        assertThat(points.get(0).key()).isNotEqualTo(points.get(1).key());
    }

    @Test
    void an_event_whose_place_could_not_be_resolved_is_stored_and_listed_but_not_drawn() {
        String text = "Shelling hit " + FakeEngine.UNPLACED + " on Wednesday, the governor said.";
        long id = ingest.ingest(IngestRequest.of(text, PUBLISHED)).articleId();

        StoredArticle a = corpus.article(id).orElseThrow();
        assertThat(a.mentions()).singleElement().satisfies(m -> assertThat(m.resolved()).isFalse());
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.event().places()).containsExactly(0);
            assertThat(e.event().locationPrecision()).isZero();
        });
        assertThat(corpus.mapPoints()).isEmpty();
    }

    @Test
    void the_same_article_twice_is_recognised_even_with_other_line_endings() {
        IngestResult first = ingest.ingest(IngestRequest.of(ARTICLE, PUBLISHED));
        IngestResult again = ingest.ingest(IngestRequest.of(ARTICLE.replace("\n", "\r\n") + "\n\n", PUBLISHED));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(corpus.articles()).hasSize(1);
    }

    @Test
    void a_failure_half_way_through_stores_nothing() {
        CorpusStore failing = new CorpusStore(ds) {
            @Override
            void insertEvent(long articleId, int index, Event e) {
                if (index == 1) throw new IllegalStateException("disk full");
                super.insertEvent(articleId, index, e);
            }
        };
        IngestService broken = TestDatabase.ingest(failing, ds, FakeEngine.analyzer());

        assertThatThrownBy(() -> broken.ingest(IngestRequest.of(ARTICLE, PUBLISHED))).hasMessage("disk full");

        assertThat(corpus.articles()).isEmpty();
        assertThat(corpus.mapPoints()).isEmpty();
        assertThat(ingest.ingest(IngestRequest.of(ARTICLE, PUBLISHED)).duplicate())
                .as("the failed attempt left no row that would pass for the article").isFalse();
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_is_stored() {
        IngestRequest meta = IngestRequest.of(null, PUBLISHED);
        assertThatThrownBy(() -> ingest.ingest(IngestRequest.of("  \n\t ", PUBLISHED)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ingest.ingest(new byte[]{(byte) 0xC3, (byte) 0x28, 'a'}, "latin.txt", meta))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> ingest.ingest(new byte[]{'P', 'K', 3, 4, 0, 0, 1}, "archive.zip", meta))
                .isInstanceOf(BadInputException.class).hasMessageContaining("binary");
        byte[] huge = "Plekhovo. ".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ingest.ingest(huge, "huge.txt", meta))
                .isInstanceOf(BadInputException.class).hasMessageContaining("limit");
        assertThat(corpus.articles()).isEmpty();
    }

    @Test
    void a_restart_keeps_what_was_ingested() {
        long id = ingest.ingest(IngestRequest.of(ARTICLE, PUBLISHED)).articleId();

        DataSource reopened = TestDatabase.open(dataDir);
        Corpus afterRestart = new Corpus(new CorpusStore(reopened), new EventIndex(reopened));

        assertThat(afterRestart.articles()).extracting(ArticleSummary::id).containsExactly(id);
        assertThat(afterRestart.article(id).orElseThrow().text()).isEqualTo(ARTICLE);
        assertThat(afterRestart.mapPoints()).hasSize(3);
        assertThat(TestDatabase.ingest(reopened, FakeEngine.analyzer()).ingest(IngestRequest.of(ARTICLE, PUBLISHED)).duplicate())
                .isTrue();
    }

    @Test
    void an_uploaded_web_page_is_stored_as_its_text_with_its_title_and_no_markup() {
        String html = "<html><head><title>Page title</title><script>alert(1)</script></head><body onload='x()'>"
                + "<p>" + ARTICLE.replace("\n", "</p><p>") + "</p></body></html>";
        long id = ingest.ingest(html.getBytes(StandardCharsets.UTF_8), "page.html", IngestRequest.of(null, PUBLISHED)).articleId();
        var article = corpus.article(id).orElseThrow();
        // one line per paragraph; the empty paragraph between headline and body leaves no blank line
        assertThat(article.text()).isEqualTo(ARTICLE.strip().replaceAll("\n\\s*\n", "\n"));
        assertThat(article.text()).doesNotContain("alert", "<", "onload");
        assertThat(corpus.articles()).extracting(ArticleSummary::title).containsExactly("Page title");
    }

    @Test
    void a_title_is_taken_from_the_first_line_when_none_is_given() {
        assertThat(IngestService.title(IngestRequest.of(null, null), "\n\n  Headline here  \nBody.")).isEqualTo("Headline here");
        assertThat(IngestService.title(new IngestRequest(null, null, null, null, null, " Given "), "Headline")).isEqualTo("Given");
        assertThat(IngestService.title(IngestRequest.of(null, null), "x".repeat(500))).hasSize(IngestService.MAX_TITLE);
    }
}
