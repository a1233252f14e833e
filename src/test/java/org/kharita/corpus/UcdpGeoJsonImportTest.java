package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UcdpGeoJsonImportTest {
    @TempDir
    Path dir;

    private static DatasetImporter.Result load(TestCorpus c, String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return c.importer().importStream(new ByteArrayInputStream(bytes), bytes.length, name, "tester", p -> { });
    }

    /** A row without its own ids, to compare what two imports stored. */
    private static EventRow content(EventRow e) {
        return new EventRow(0, null, null, null, null, null, e.externalId(), e.type(), e.dateStart(), e.dateEnd(),
                e.datePrecision(), e.placeName(), e.country(), e.admin1Code(), e.admin1(), e.lat(), e.lon(), e.area(),
                e.locationPrecision(), e.actor1(), e.actor2(), e.claimedBy(), e.reportedVia(), e.source(), e.fatalities(), e.text());
    }

    private static List<EventRow> stored(TestCorpus c) {
        return c.corpus().events(EventFilter.NONE, 0, 100).stream().map(UcdpGeoJsonImportTest::content)
                .sorted(Comparator.comparing(EventRow::externalId)).toList();
    }

    @Test
    void geojson_features_are_stored_as_the_same_events_as_their_csv_rows() {
        TestCorpus fromCsv = TestCorpus.open(dir.resolve("csv"), FakeEngine.analyzer());
        TestCorpus fromJson = TestCorpus.open(dir.resolve("json"), FakeEngine.analyzer());
        load(fromCsv, UcdpSample.small(), "ged.csv");
        DatasetImporter.Result r = load(fromJson, DatasetSamples.geoJson(UcdpSample.small()), "ged.geojson");
        assertThat(r.rows()).isEqualTo(4);
        List<EventRow> json = stored(fromJson);
        assertThat(json).isEqualTo(stored(fromCsv));
        EventRow oblast = json.stream().filter(e -> e.externalId().equals("UCDP-3")).findFirst().orElseThrow();
        assertThat(oblast.locationPrecision()).isEqualTo(3);
        assertThat(oblast.country()).isEqualTo("RU");
        assertThat(oblast.text()).isEqualTo("Strikes somewhere in the oblast \"quoted\"");
    }

    @Test
    void a_geojson_file_is_recognised_by_content_whatever_its_name() {
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        DatasetImporter.Result r = load(c, "\uFEFF  \n" + DatasetSamples.geoJson(UcdpSample.small()), "download.csv");
        assertThat(r.rows()).isEqualTo(4);
        assertThat(load(c, "\uFEFF  \n" + DatasetSamples.geoJson(UcdpSample.small()), "again.json").duplicate()).isTrue();
        assertThat(c.corpus().count(EventFilter.NONE)).isEqualTo(4);
    }

    @Test
    void progress_is_reported_while_the_features_stream_in() {
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        StringBuilder csv = new StringBuilder(UcdpSample.HEADER);
        for (int i = 1; i <= 2500; i++) {
            csv.append(UcdpSample.row(i, 1, "A", "B", "made-up " + i, 1, "Sudzha town", "Kursk oblast", 51.19, 35.27,
                    "Russia", 1, "2024-08-10", "2024-08-10", 1));
        }
        byte[] bytes = DatasetSamples.geoJson(csv.toString()).getBytes(StandardCharsets.UTF_8);
        List<DatasetImporter.Progress> seen = new ArrayList<>();
        c.importer().importStream(new ByteArrayInputStream(bytes), bytes.length, "big.geojson", "t", seen::add);
        assertThat(seen).extracting(DatasetImporter.Progress::rows).startsWith(1000L, 2000L).endsWith(2500L);
        assertThat(seen.get(0).fraction()).isBetween(0.2, 0.7);
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
    }

    @Test
    void a_feature_that_is_not_a_point_refuses_the_whole_file() {
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        String json = DatasetSamples.geoJson(UcdpSample.small());
        int last = json.lastIndexOf("\"Point\"");
        String broken = json.substring(0, last) + "\"LineString\"" + json.substring(last + 7)
                .replaceFirst("\\[([^\\]]*)\\]", "[[$1], [$1]]");
        assertThatThrownBy(() -> load(c, broken, "ged.geojson")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("feature 4 has a LineString geometry, not a point");
        assertThat(c.corpus().count(EventFilter.NONE)).isZero();
        assertThat(c.importer().datasetNames()).isEmpty();
    }

    @Test
    void geojson_that_is_not_ucdp_is_refused_by_the_properties_it_lacks() {
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        String layer = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"date": "2024-07-08",
                 "layer": "checkpoints"}, "geometry": {"type": "Point", "coordinates": [35, 45]}}]}""";
        assertThatThrownBy(() -> load(c, layer, "checkpoints.geojson")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a UCDP GED GeoJSON file: no property adm_1, best, country");
        assertThatThrownBy(() -> load(c, "{\"type\": \"Feature\", \"geometry\": null}", "one.geojson"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a GeoJSON FeatureCollection");
        assertThat(c.importer().datasetNames()).isEmpty();
    }
}
