package org.kharita.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.ArticleAnalyzer;
import org.kharita.extract.Engines;
import org.kharita.fuse.Disagreement;
import org.kharita.geo.Language;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo story in three languages, a UCDP row and two opposed claims, fused by the real engine's reading. */
class FusionStoreTest {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 24);
    static final List<String> VILLAGES = List.of("Darino", "Zeleny Shlyakh", "Nizhny Klin", "Novoivanovka", "Plekhovo",
            "Sverdlikovo", "Pokrovsky");
    static ArticleAnalyzer engine;

    @TempDir
    Path dataDir;
    DataSource ds;
    TestCorpus c;
    Corpus corpus;

    @BeforeAll
    static void engine() {
        engine = Engines.createDefault();
    }

    @BeforeEach
    void seed() throws IOException {
        ds = TestDatabase.open(dataDir);
        c = TestCorpus.open(dataDir, engine);
        corpus = c.corpus();
        for (String lang : List.of("en", "ar", "ru")) {
            ingest("/demo/" + lang + "-duma-kursk.txt", lang, "Kharita demo (" + lang + ")");
        }
    }

    void ingest(String resource, String lang, String outlet) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            c.ingest().ingest(new IngestRequest(text, Language.fromCode(lang).orElseThrow(), PUBLISHED, outlet, null, null));
        }
    }

    /** Fused events (by their first report) → the places and articles of their reports. */
    Map<Long, List<EventRow>> fused() {
        List<EventRow> all = corpus.events(EventFilter.NONE.withReports(true), 0, 1000);
        return all.stream().collect(Collectors.groupingBy(r -> corpus.fusedId(r.id())));
    }

    @Test
    void the_seed_story_in_three_languages_is_one_fused_event_per_village_with_a_report_from_each() {
        Map<Long, List<EventRow>> fused = fused();
        for (String village : VILLAGES) {
            List<List<EventRow>> at = fused.values().stream()
                    .filter(g -> g.stream().anyMatch(r -> village.equals(r.placeName()))).toList();
            assertThat(at).as(village).hasSize(1);
            List<EventRow> reports = at.get(0);
            assertThat(reports).as(village + ": one place").extracting(EventRow::placeName).containsOnly(village);
            assertThat(reports.stream().map(EventRow::articleId).collect(Collectors.toSet())).as(village).hasSize(3);
            assertThat(corpus.disagreement(reports.get(0).id()).sources()).as(village).isEqualTo(3);
        }
        long reports = corpus.count(EventFilter.NONE.withReports(true));
        long events = corpus.count(EventFilter.NONE);
        assertThat(reports).isEqualTo(29);
        // seven villages, and Kirby's troops in Russia told in English and Arabic
        assertThat(events).isEqualTo(8);
        assertThat(corpus.map(EventFilter.NONE, Viewport.WORLD).points()).hasSize(8);
        assertThat(corpus.events(EventFilter.NONE, 0, 100)).hasSize(8);
        assertThat(corpus.histogram(EventFilter.NONE).stream().mapToLong(DayCount::count).sum()).isEqualTo(8);
        assertThat(corpus.count(EventFilter.NONE.withFusion(3, false))).isEqualTo(7);
    }

    @Test
    void a_ucdp_row_on_the_same_day_and_village_joins_the_articles_fused_event() {
        EventRow darino = fused().values().stream().flatMap(List::stream).filter(r -> "Darino".equals(r.placeName()))
                .findFirst().orElseThrow();
        String csv = UcdpSample.HEADER + UcdpSample.row(77, 1, "Government of Russia", "Government of Ukraine",
                "Fighting at Darino", 1, "Darino village", "Kursk oblast", darino.lat() + 0.01, darino.lon(), "Russia", 1,
                "2024-10-23", "2024-10-23", 6)
                // one day later and 8 km away: neither joins
                + UcdpSample.row(78, 1, "Government of Russia", "Government of Ukraine", "Fighting next day", 1,
                "Darino village", "Kursk oblast", darino.lat(), darino.lon(), "Russia", 1, "2024-10-26", "2024-10-26", 2)
                + UcdpSample.row(79, 1, "Government of Russia", "Government of Ukraine", "Fighting further on", 1,
                "Elsewhere", "Kursk oblast", darino.lat() + 0.075, darino.lon(), "Russia", 1, "2024-10-23", "2024-10-23", 2);
        c.importText(csv, "ucdp-darino.csv");
        List<EventRow> reports = corpus.fusedReports(darino.id());
        assertThat(reports).extracting(EventRow::externalId).containsOnlyOnce("UCDP-77").doesNotContain("UCDP-78", "UCDP-79");
        assertThat(reports).hasSize(4);
        Disagreement d = corpus.disagreement(darino.id());
        assertThat(d.sources()).isEqualTo(4);
        assertThat(d.minKilled()).isEqualTo(6);
        assertThat(corpus.count(EventFilter.NONE)).isEqualTo(8 + 2);
    }

    @Test
    void two_rows_of_one_dataset_at_one_village_on_one_day_are_never_one_event_and_the_first_joins_the_articles() {
        EventRow darino = fused().values().stream().flatMap(List::stream).filter(r -> "Darino".equals(r.placeName()))
                .findFirst().orElseThrow();
        // a dataset codes two clashes at one village on one day as two rows: they are two events
        String csv = UcdpSample.HEADER + UcdpSample.row(77, 1, "Government of Russia", "Government of Ukraine",
                "Fighting at Darino", 1, "Darino village", "Kursk oblast", darino.lat() + 0.01, darino.lon(), "Russia", 1,
                "2024-10-23", "2024-10-23", 6)
                + UcdpSample.row(80, 1, "Government of Russia", "Government of Ukraine", "More fighting at Darino", 1,
                "Darino village", "Kursk oblast", darino.lat() + 0.005, darino.lon(), "Russia", 1, "2024-10-23", "2024-10-23", 3);
        c.importText(csv, "ucdp-darino-twice.csv");
        assertThat(corpus.fusedReports(darino.id())).extracting(EventRow::externalId)
                .containsOnlyOnce("UCDP-77").doesNotContain("UCDP-80");
        EventRow second = corpus.events(EventFilter.NONE.withReports(true), 0, 1000).stream()
                .filter(r -> "UCDP-80".equals(r.externalId())).findFirst().orElseThrow();
        // (it may join another village's articles: villages with no coordinate source sit at Sudzha, as Darino does)
        assertThat(corpus.fusedReports(second.id())).extracting(EventRow::externalId)
                .containsOnlyOnce("UCDP-80").doesNotContain("UCDP-77");
    }

    @Test
    void opposed_claims_fuse_and_show_as_contested_with_both_sides() throws IOException {
        ingest("/fusion/ru-mod-darino-captured.txt", "en", "Test wire A");
        ingest("/fusion/uk-genstaff-darino-repelled.txt", "en", "Test wire B");
        EventRow captured = corpus.events(EventFilter.NONE.withReports(true), 0, 100).stream()
                .filter(r -> "territory_change".equals(r.type())).findFirst().orElseThrow();
        List<EventRow> reports = corpus.fusedReports(captured.id());
        assertThat(reports).extracting(EventRow::placeName).containsOnly("Darino");
        assertThat(reports).extracting(EventRow::claimedBy)
                .contains("Russian Ministry of Defence", "Ukrainian General Staff");
        Disagreement d = corpus.disagreement(captured.id());
        assertThat(d.contested()).isTrue();
        assertThat(d.types()).contains("territory_change", "battle");
        assertThat(d.minKilled()).isEqualTo(12);
        assertThat(d.maxKilled()).isEqualTo(40);
        assertThat(corpus.count(EventFilter.NONE.withFusion(0, true))).isEqualTo(1);
        assertThat(corpus.events(EventFilter.NONE.withFusion(0, true), 0, 10)).singleElement()
                .satisfies(r -> assertThat(corpus.fusedId(r.id())).isEqualTo(corpus.fusedId(captured.id())));
    }

    @Test
    void an_analysts_split_is_stored_and_survives_a_restart_and_a_merge_likewise() {
        EventRow darino = fused().values().stream().flatMap(List::stream).filter(r -> "Darino".equals(r.placeName()))
                .reduce((a, b) -> b).orElseThrow();
        long before = corpus.count(EventFilter.NONE);
        corpus.splitReport(darino.id(), "analyst-1");
        assertThat(corpus.fusedReports(darino.id())).hasSize(1);
        assertThat(corpus.count(EventFilter.NONE)).isEqualTo(before + 1);
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(ds).queryForList(
                "SELECT DISTINCT analyst FROM fusion_decisions", String.class)).containsExactly("analyst-1");

        Corpus reopened = TestCorpus.open(dataDir, engine).corpus();
        assertThat(reopened.fusedReports(darino.id())).hasSize(1);
        assertThat(reopened.count(EventFilter.NONE)).isEqualTo(before + 1);

        EventRow other = fused().values().stream().flatMap(List::stream)
                .filter(r -> "Darino".equals(r.placeName()) && r.id() != darino.id()).findFirst().orElseThrow();
        reopened.mergeReports(darino.id(), other.id(), "analyst-2");
        assertThat(TestCorpus.open(dataDir, engine).corpus().fusedReports(darino.id())).hasSize(3);
    }

    @Test
    void a_correction_rereads_the_articles_reports_and_fusion_follows() {
        Set<Long> articles = fused().values().stream().flatMap(List::stream).map(EventRow::articleId).collect(Collectors.toSet());
        assertThat(articles).hasSize(3);
        long before = corpus.count(EventFilter.NONE);
        long article = articles.iterator().next();
        // a correction deletes the article's rows and writes them again with new ids
        EventIndex writer = new EventIndex(ds);
        writer.deleteArticle(article);
        writer.insertArticle(article);
        assertThat(corpus.count(EventFilter.NONE)).isEqualTo(before);
        assertThat(corpus.count(EventFilter.NONE.withReports(true))).isEqualTo(29);
    }
}
