package org.kharita.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GdeltImportTest {
    @TempDir
    Path dir;
    TestCorpus corpus;

    @BeforeEach
    void open() {
        corpus = TestCorpus.open(dir, FakeEngine.analyzer());
    }

    private DatasetImporter.Result load(String text, String name) {
        return corpus.importText(text, name);
    }

    private Map<String, EventRow> byId() {
        return corpus.corpus().events(EventFilter.NONE, 0, 100).stream()
                .collect(Collectors.toMap(EventRow::externalId, Function.identity()));
    }

    @Test
    void gdelt_rows_become_day_precise_events_with_actors_and_cameo_text() {
        DatasetImporter.Result r = load(DatasetSamples.gdeltCsv(DatasetSamples.gdeltEvents()), "westafrica.csv");
        assertThat(r.rows()).isEqualTo(4);
        Map<String, EventRow> rows = byId();
        EventRow algiers = rows.get("GDELT-101");
        assertThat(algiers.type()).isEqualTo("battle");
        assertThat(algiers.dateStart()).isEqualTo(LocalDate.of(1996, 3, 14)).isEqualTo(algiers.dateEnd());
        assertThat(algiers.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(algiers.locationPrecision()).as("world city").isEqualTo(1);
        assertThat(algiers.placeName()).isEqualTo("Algiers");
        assertThat(algiers.admin1()).isEqualTo("Alger");
        assertThat(algiers.country()).isEqualTo("DZ");
        assertThat(algiers.actor1()).isEqualTo("ALGERIA");
        assertThat(algiers.actor2()).isEqualTo("ARMED GROUP");
        assertThat(algiers.source()).isEqualTo("GDELT");
        assertThat(algiers.fatalities()).isNull();
        assertThat(algiers.text()).isEqualTo("Algiers, Alger, Algeria: Use conventional military force (CAMEO 190)");
        assertThat(algiers.lat()).isEqualTo(36.7631);

        EventRow kano = rows.get("GDELT-102");
        assertThat(kano.type()).isEqualTo("attack_on_civilians");
        assertThat(kano.locationPrecision()).as("world first-order region").isEqualTo(3);
        assertThat(kano.actor2()).as("NA is no actor").isNull();
        assertThat(kano.text()).endsWith("Kill by physical assault (CAMEO 1823)");

        EventRow liberia = rows.get("GDELT-103");
        assertThat(liberia.locationPrecision()).as("country").isEqualTo(4);
        assertThat(liberia.type()).as("arrest is coercion, not violence").isEqualTo("other");
        assertThat(liberia.country()).isEqualTo("LR");
        assertThat(liberia.admin1()).isNull();
        assertThat(liberia.actor1()).isNull();

        EventRow abidjan = rows.get("GDELT-104");
        assertThat(abidjan.type()).isEqualTo("explosion");
        assertThat(abidjan.country()).as("GDELT's unaccented name").isEqualTo("CI");
    }

    @Test
    void rows_gdelt_could_not_place_are_skipped_and_counted() {
        DatasetImporter.Result r = load(DatasetSamples.gdeltCsv(DatasetSamples.gdeltEvents()), "westafrica.csv");
        assertThat(r.skipped()).as("ActionGeo_Type 0, and NA coordinates").isEqualTo(2);
        assertThat(byId()).doesNotContainKeys("GDELT-105", "GDELT-106");
        assertThat(corpus.importer().datasetNames()).containsExactly("westafrica.csv (4 events)");
    }

    @Test
    void gdelt_own_tab_separated_export_without_a_header_imports_the_same_events() {
        List<DatasetSamples.Gdelt> events = DatasetSamples.gdeltEvents();
        DatasetImporter.Result old = load(DatasetSamples.gdeltExport(events, false), "19960314.export.CSV");
        assertThat(old.rows()).isEqualTo(4);
        assertThat(old.skipped()).isEqualTo(2);
        Map<String, EventRow> first = byId();
        assertThat(first.get("GDELT-101").text()).isEqualTo("Algiers, Alger, Algeria: Use conventional military force (CAMEO 190)");
        assertThat(first.get("GDELT-103").actor1()).isNull();

        TestCorpus later = TestCorpus.open(dir.resolve("later"), FakeEngine.analyzer());
        byte[] bytes = DatasetSamples.gdeltExport(events, true).getBytes(StandardCharsets.UTF_8);
        later.importer().importStream(new ByteArrayInputStream(bytes), bytes.length, "20130401.export.CSV", "t", p -> { });
        EventRow withUrl = later.corpus().events(EventFilter.NONE, 0, 10).stream()
                .filter(e -> e.externalId().equals("GDELT-101")).findFirst().orElseThrow();
        assertThat(withUrl.reportedVia()).isEqualTo("http://example.org/101");
    }

    @Test
    void a_bad_date_anywhere_leaves_nothing_of_the_file() {
        String csv = DatasetSamples.gdeltCsv(DatasetSamples.gdeltEvents()).replace(",19960316,", ",1996-03-16,");
        assertThatThrownBy(() -> load(csv, "westafrica.csv")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 4 (GDELT event 103)");
        assertThat(corpus.corpus().count(EventFilter.NONE)).isZero();
        assertThat(corpus.importer().datasetNames()).isEmpty();
    }

    @Test
    void cameo_codes_map_onto_our_taxonomy_by_root_then_by_the_closer_code() {
        assertThat(GdeltEvents.type("19", "190")).isEqualTo(EventType.BATTLE);
        assertThat(GdeltEvents.type("19", "192")).isEqualTo(EventType.TERRITORY_CHANGE);
        assertThat(GdeltEvents.type("19", "194")).isEqualTo(EventType.SHELLING);
        assertThat(GdeltEvents.type("19", "195")).isEqualTo(EventType.AIR_STRIKE);
        assertThat(GdeltEvents.type("19", "1952")).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(GdeltEvents.type("18", "181")).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
        assertThat(GdeltEvents.type("18", "1833")).isEqualTo(EventType.EXPLOSION);
        assertThat(GdeltEvents.type("20", "202")).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
        assertThat(GdeltEvents.type("17", "1712")).isEqualTo(EventType.OTHER);
        assertThat(GdeltEvents.type("17", "175")).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
        assertThat(GdeltEvents.type("14", "141")).isEqualTo(EventType.PROTEST);
        assertThat(GdeltEvents.type("04", "040")).as("consultation is no conflict event").isNull();
        assertThat(GdeltEvents.describe("1934")).as("an unknown sub-code falls back to its base").isEqualTo("Fight with small arms and light weapons");
    }

    @Test
    void events_that_are_not_conflict_are_skipped_not_stored() {
        List<DatasetSamples.Gdelt> events = List.of(DatasetSamples.gdeltEvents().get(0),
                new DatasetSamples.Gdelt("201", "19960320", "042", "4", "Algiers, Alger, Algeria", "36.7631", "3.05056",
                        "ALGERIA", "FRANCE"));
        DatasetImporter.Result r = load(DatasetSamples.gdeltCsv(events), "mixed.csv");
        assertThat(r.rows()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
    }
}
