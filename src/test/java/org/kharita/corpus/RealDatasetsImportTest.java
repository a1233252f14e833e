package org.kharita.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real files in ../shared/events-real (README there states their row counts): the UCDP GED
 * GeoJSON of the Central African Republic, the GDELT 1.0 West Africa extract, and the DeepState
 * front-line polygons, which are not events and must be refused.
 */
class RealDatasetsImportTest {
    static final Path DIR = Path.of("../shared/events-real");
    static final Path CAR = DIR.resolve("ucdp_ged231_central_african_republic.geojson");
    static final Path GDELT = DIR.resolve("gdelt1_westafrica_material_conflict_1995_1997.csv");
    static final Path DEEPSTATE = DIR.resolve("deepstate_occupied_territory_monthly_2024-07_2026-08.geojson");

    @TempDir
    Path dataDir;
    TestCorpus corpus;

    @BeforeEach
    void open() {
        corpus = TestCorpus.open(dataDir, FakeEngine.analyzer());
    }

    private static void assumePresent(Path file) {
        assumeTrue(Files.isRegularFile(file), "skipped: " + file.toAbsolutePath() + " absent (../shared beside the project)");
    }

    @Test
    void the_car_geojson_imports_its_1848_points_as_ucdp_events() throws IOException {
        assumePresent(CAR);
        List<DatasetImporter.Progress> seen = new ArrayList<>();
        DatasetImporter.Result r = corpus.importer().importFile(CAR, "tester", seen::add);
        assertThat(r.rows()).isEqualTo(1848);
        assertThat(r.skipped()).isZero();
        assertThat(corpus.corpus().count(EventFilter.NONE)).isEqualTo(1848);
        List<EventRow> rows = corpus.corpus().events(EventFilter.NONE, 0, 2000);
        assertThat(rows).extracting(EventRow::country).containsOnly("CF");
        assertThat(rows).allSatisfy(e -> {
            assertThat(e.lat()).isBetween(2.0, 11.5);
            assertThat(e.lon()).isBetween(14.0, 27.5);
            assertThat(e.externalId()).startsWith("UCDP-");
        });
        assertThat(rows).extracting(EventRow::dateStart).allSatisfy(d -> assertThat(d.getYear()).isBetween(1991, 2022));
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(corpus.importer().importFile(CAR, "tester", p -> { }).duplicate()).isTrue();
    }

    @Test
    void the_gdelt_extract_imports_all_but_its_79_rows_of_geo_type_0() throws IOException {
        assumePresent(GDELT);
        DatasetImporter.Result r = corpus.importer().importFile(GDELT, "tester", p -> { });
        assertThat(r.skipped()).isEqualTo(79);
        assertThat(r.rows()).isEqualTo(30_563 - 79);
        assertThat(corpus.corpus().count(EventFilter.NONE)).isEqualTo(30_484);
        List<EventRow> rows = corpus.corpus().events(EventFilter.NONE, 0, 40_000);
        Map<String, Long> byCountry = rows.stream().collect(Collectors.groupingBy(EventRow::country, Collectors.counting()));
        // README: ActionGeo_CountryCode AG (Algeria) 9,260, NI (Nigeria) 6,896, LI (Liberia) 3,130; a few of the
        // 79 skipped rows are among them, so the stored counts may only be lower.
        assertThat(byCountry.get("DZ")).isBetween(9_200L, 9_260L);
        assertThat(byCountry.get("NG")).isBetween(6_850L, 6_896L);
        assertThat(byCountry.get("LR")).isBetween(3_100L, 3_130L);
        assertThat(byCountry.keySet()).as("every country name resolved to an ISO code").allMatch(c -> c.length() == 2);
        assertThat(rows).extracting(EventRow::source).containsOnly("GDELT");
        Map<String, Long> byType = rows.stream().collect(Collectors.groupingBy(EventRow::type, Collectors.counting()));
        // Counted from the file's EventCode column apart from this code (docs/EVENT_TYPES.md).
        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of("battle", 15_196L, "other", 9_726L,
                "attack_on_civilians", 3_735L, "territory_change", 614L, "shelling", 478L, "explosion", 460L, "air_strike", 275L));
    }

    @Test
    void the_deepstate_polygons_are_refused_in_one_line_and_nothing_is_stored() {
        assumePresent(DEEPSTATE);
        assertThatThrownBy(() -> corpus.importer().importFile(DEEPSTATE, "tester", p -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a UCDP GED GeoJSON file")
                .hasMessageNotContaining("\n");
        assertThat(corpus.corpus().count(EventFilter.NONE)).isZero();
        assertThat(corpus.importer().datasetNames()).isEmpty();
    }

    @Test
    void every_event_file_in_the_folder_is_offered_for_import_and_the_polygons_are_not() throws IOException {
        assumePresent(DEEPSTATE);
        List<String> offered;
        try (var files = Files.list(DIR)) {
            offered = files.filter(DatasetImporter::importable).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(offered).containsExactly(
                "gdelt1_westafrica_material_conflict_1995_1997.csv",
                "ucdp_ged231_central_african_republic.geojson",
                "ucdp_ged241_mexico_1989_2023.csv",
                "ucdp_ged241_myanmar_1989_2023.csv",
                "ucdp_ged_syria_2016_2019.csv",
                "ucdp_ged_ukraine_2014_2023.csv");
    }
}
