package org.kharita.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.geo.BBox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Article events (stand-in engine) and UCDP rows side by side, filtered by every criterion the viewer offers. */
class EventFilterTest {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 14);

    @TempDir
    Path dataDir;
    Corpus corpus;

    @BeforeEach
    void load() {
        TestCorpus c = TestCorpus.open(dataDir, FakeEngine.analyzer());
        c.ingest().ingest(IngestRequest.of("Report\nTroops fought near Plekhovo and Sverdlikovo today. Quiet elsewhere.", PUBLISHED));
        byte[] csv = UcdpSample.small().getBytes(StandardCharsets.UTF_8);
        c.importer().importUcdp(new ByteArrayInputStream(csv), csv.length, "sample.csv", "t", p -> { });
        corpus = c.corpus();
    }

    private long count(EventFilter f) {
        return corpus.count(f);
    }

    @Test
    void article_events_are_indexed_one_row_per_place_beside_the_dataset() {
        assertThat(count(EventFilter.NONE)).isEqualTo(2 + 4);
        EventRow plekhovo = corpus.events(EventFilter.NONE, 0, 10).stream().filter(EventRow::fromArticle)
                .filter(r -> r.placeName().equals("Plekhovo")).findFirst().orElseThrow();
        assertThat(plekhovo.text()).isEqualTo("Troops fought near Plekhovo and Sverdlikovo today.");
        assertThat(plekhovo.actor1()).isEqualTo("Russia");
        assertThat(plekhovo.actor2()).isEqualTo("Ukraine");
        assertThat(plekhovo.claimedBy()).isEqualTo("Ministry of Defence");
    }

    @Test
    void a_date_range_takes_events_whose_interval_overlaps_it() {
        EventFilter august10to12 = EventFilter.NONE.withDates(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 12));
        // two Sudzha days + the month-precise oblast event (August spans the range); not the article (14th)
        assertThat(count(august10to12)).isEqualTo(3);
        assertThat(count(EventFilter.NONE.withDates(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))).isEqualTo(1);
    }

    @Test
    void a_region_takes_everything_inside_it_by_code_or_by_name() {
        var kursk = new EventFilter.PlaceChoice(true, "Kursk Oblast", "RU", "41", 0);
        // the article's two villages (code 41) and the three UCDP rows whose adm_1 is "Kursk oblast"
        assertThat(count(EventFilter.NONE.withPlace(kursk))).isEqualTo(5);
        var sudzha = new EventFilter.PlaceChoice(false, "Sudzha town", "RU", null, 0);
        assertThat(count(EventFilter.NONE.withPlace(sudzha))).isEqualTo(2);
    }

    @Test
    void type_actor_source_precision_text_and_rectangle_combine() {
        EventFilter civilians = new EventFilter(null, null, Set.of("attack_on_civilians"), null, null, Set.of(), null, null, null);
        assertThat(count(civilians)).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, Set.of(), "dpr", null, Set.of(), null, null, null))).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, Set.of(), null, "ministry", Set.of(), null, null, null))).isEqualTo(2);
        assertThat(count(new EventFilter(null, null, Set.of(), null, null, Set.of(3), null, null, null))).isEqualTo(1);
        assertThat(count(new EventFilter(null, null, Set.of(), null, null, Set.of(), "SUDZHA", null, null))).isEqualTo(2);
        assertThat(count(new EventFilter(null, null, Set.of(), null, null, Set.of(), "100%_", null, null)))
                .as("LIKE wildcards in the text are literal").isZero();
        BBox aroundSudzha = new BBox(51.0, 35.0, 51.4, 35.5);
        assertThat(count(EventFilter.NONE.withArea(aroundSudzha))).as("Sudzha x2, Plekhovo, Sverdlikovo").isEqualTo(4);
        EventFilter all = new EventFilter(LocalDate.of(2024, 8, 11), LocalDate.of(2024, 8, 31), Set.of("battle"),
                "russia", null, Set.of(1), "sudzha", null, aroundSudzha);
        assertThat(corpus.events(all, 0, 10)).extracting(EventRow::externalId).containsExactly("UCDP-2");
    }

    @Test
    void the_map_sends_points_when_few_and_grid_clusters_when_many() {
        MapData few = corpus.map(EventFilter.NONE, Viewport.WORLD);
        assertThat(few.points()).hasSize(6);
        assertThat(few.clusters()).isEmpty();
        MapData.Point oblast = few.points().stream().filter(p -> p.precision() == 3).findFirst().orElseThrow();
        assertThat(oblast.type()).isEqualTo("attack_on_civilians");
        MapData outside = corpus.map(EventFilter.NONE, new Viewport(40, 0, 45, 10, 6));
        assertThat(outside.total()).isZero();
    }

    @Test
    void the_histogram_counts_events_per_start_day() {
        List<DayCount> days = corpus.histogram(EventFilter.NONE);
        assertThat(days).extracting(DayCount::day).isSorted();
        assertThat(days.stream().mapToLong(DayCount::count).sum()).isEqualTo(6);
        assertThat(days).contains(new DayCount(PUBLISHED, 2));
    }

    @Test
    void the_type_ahead_offers_regions_and_places() {
        List<EventFilter.PlaceChoice> k = corpus.places("kursk", 10);
        assertThat(k).anyMatch(p -> p.region() && p.name().equalsIgnoreCase("Kursk oblast"));
        assertThat(corpus.places("sud", 10)).anyMatch(p -> !p.region() && p.name().equals("Sudzha town") && p.events() == 2);
    }

    @Test
    void the_type_ahead_finds_places_by_the_arabic_names_the_arabic_ui_shows() {
        // both spellings of the oblast (the article's Kursk Oblast, UCDP's Kursk oblast) are مقاطعة كورسك; UCDP
        // also names a row's place Kursk oblast, offered as a place beside the region as it is in English
        assertThat(corpus.places("كورسك", 10)).extracting(p -> p.name().toLowerCase(java.util.Locale.ROOT), EventFilter.PlaceChoice::region)
                .containsExactlyInAnyOrderElementsOf(corpus.places("kursk", 10).stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.name().toLowerCase(java.util.Locale.ROOT), p.region())).toList());
        assertThat(corpus.places("مقاطعه كورسك", 10)).as("ه for ة").isNotEmpty();
        assertThat(corpus.places("بليخ", 10)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Plekhovo");
            assertThat(p.region()).isFalse();
        });
        assertThat(corpus.places("بليخوفو", 10).get(0).events()).isEqualTo(corpus.places("plekhovo", 10).get(0).events());
        assertThat(corpus.places("خاركيف", 10)).isEmpty();
    }

    @Test
    void arabic_kursk_offers_the_oblast_and_the_city_as_english_kursk_does_and_arabic_sudzha_the_town() {
        String csv = UcdpSample.HEADER
                + UcdpSample.row(990_101, 1, "A", "B", "Strike on Kursk", 1, "Kursk", "Kursk oblast", 51.73, 36.19,
                "Russia", 1, "2024-08-15", "2024-08-15", 0)
                + UcdpSample.row(990_102, 1, "A", "B", "Shelling of Sudzha", 1, "Sudzha", "Kursk oblast", 51.19, 35.27,
                "Russia", 1, "2024-08-16", "2024-08-16", 0);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        TestCorpus c = TestCorpus.open(dataDir.resolve("cities"), FakeEngine.analyzer());
        c.importer().importUcdp(new ByteArrayInputStream(bytes), bytes.length, "cities.csv", "t", p -> { });
        List<EventFilter.PlaceChoice> english = c.corpus().places("kursk", 10);
        assertThat(english).anyMatch(p -> p.region()).anyMatch(p -> !p.region() && p.name().equals("Kursk"));
        assertThat(c.corpus().places("كورسك", 10)).containsExactlyInAnyOrderElementsOf(english);
        assertThat(c.corpus().places("كُورْسك", 10)).as("with harakat").containsExactlyInAnyOrderElementsOf(english);
        assertThat(c.corpus().places("سودجا", 10)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Sudzha");
            assertThat(p.region()).isFalse();
        });
    }

    @Test
    void the_map_is_fitted_to_precise_events_and_a_country_point_counts_only_when_alone() {
        // a country-level event (where_prec 6) at a country's middle, far from every village
        String csv = UcdpSample.HEADER + UcdpSample.row(990_001, 1, "A", "B", "Country-wide clashes", 6, "Russia", "",
                60.0, 100.0, "Russia", 1, "2024-08-10", "2024-08-10", 0);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        TestCorpus c = TestCorpus.open(dataDir.resolve("second"), FakeEngine.analyzer());
        c.ingest().ingest(IngestRequest.of("Report\nTroops fought near Plekhovo and Sverdlikovo today.", PUBLISHED));
        c.importer().importUcdp(new ByteArrayInputStream(bytes), bytes.length, "country.csv", "t", p -> { });
        assertThat(c.corpus().extent(EventFilter.NONE)).get().satisfies(b -> assertThat(b.maxLon()).isLessThan(40));
        EventFilter onlyCountry = EventFilter.NONE.withPrecisions(java.util.Set.of(4));
        assertThat(c.corpus().extent(onlyCountry)).get().satisfies(b -> assertThat(b.maxLon()).isEqualTo(100.0));
    }
}
