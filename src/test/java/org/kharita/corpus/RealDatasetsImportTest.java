package org.kharita.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real files in ../shared/events-real (README there states their row counts): the UCDP GED
 * GeoJSON of the Central African Republic, the GDELT 1.0 West Africa extract, and the DeepState
 * front-line polygons, which are not events and become a map overlay.
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
    void the_deepstate_polygons_become_an_overlay_of_27_monthly_shapes_each_under_200_kB() throws Exception {
        assumePresent(DEEPSTATE);
        DatasetImporter.Result r = corpus.importer().importFile(DEEPSTATE, "tester", p -> { });
        assertThat(r.overlay()).isTrue();
        assertThat(r.rows()).isEqualTo(27);
        assertThat(corpus.corpus().count(EventFilter.NONE)).isZero();
        assertThat(corpus.importer().datasetNames()).isEmpty();
        Overlays overlays = corpus.overlays();
        assertThat(overlays.layers()).singleElement().extracting(Overlays.Layer::name).isEqualTo("russian_occupied_territory");
        List<Overlays.Shape> shapes = new ArrayList<>();
        // Held open so the embedded database is not reopened for each of the ~780 days.
        try (var held = corpus.connection()) {
            for (LocalDate day = LocalDate.of(2024, 7, 8); !day.isAfter(LocalDate.of(2026, 8, 22)); day = day.plusDays(1)) {
                overlays.at(day).forEach(s -> {
                    if (shapes.isEmpty() || !shapes.get(shapes.size() - 1).validFrom().equals(s.validFrom())) shapes.add(s);
                });
            }
        }
        assertThat(shapes).hasSize(27);
        assertThat(shapes.get(26).validFrom()).isEqualTo(LocalDate.of(2026, 8, 22));
        IntSummaryStatistics bytes = shapes.stream().mapToInt(s -> s.geoJson().getBytes(StandardCharsets.UTF_8).length).summaryStatistics();
        System.out.printf("DeepState overlay: %d shapes, GeoJSON per shape %d–%d bytes (mean %.0f), file %d bytes%n",
                bytes.getCount(), bytes.getMin(), bytes.getMax(), bytes.getAverage(), Files.size(DEEPSTATE));
        assertThat(bytes.getMax()).isLessThan(Overlays.MAX_SHAPE_BYTES);
        // Occupied territory (Crimea included) is a little over 100,000 km²; in square degrees at 47°N about 18.
        Geometry last = new GeoJsonReader().read(shapes.get(26).geoJson());
        assertThat(last.isValid()).isTrue();
        assertThat(last.getArea()).isBetween(12.0, 25.0);
        assertThat(last.getEnvelopeInternal().getMinX()).isBetween(31.0, 34.0);
        assertThat(last.getEnvelopeInternal().getMaxX()).isBetween(38.5, 41.0);
    }

    @Test
    void every_file_in_the_folder_is_offered_for_import() throws IOException {
        assumePresent(DEEPSTATE);
        List<String> offered;
        try (var files = Files.list(DIR)) {
            offered = files.filter(DatasetImporter::importable).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(offered).containsExactly(
                "deepstate_occupied_territory_monthly_2024-07_2026-08.geojson",
                "gdelt1_westafrica_material_conflict_1995_1997.csv",
                "ucdp_ged231_central_african_republic.geojson",
                "ucdp_ged241_mexico_1989_2023.csv",
                "ucdp_ged241_myanmar_1989_2023.csv",
                "ucdp_ged_syria_2016_2019.csv",
                "ucdp_ged_ukraine_2014_2023.csv");
    }
}
