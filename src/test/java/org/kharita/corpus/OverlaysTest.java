package org.kharita.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverlaysTest {
    @TempDir
    Path dir;
    TestCorpus corpus;

    @BeforeEach
    void open() {
        corpus = TestCorpus.open(dir, FakeEngine.analyzer());
    }

    private static double area(Overlays.Shape s) throws Exception {
        return new GeoJsonReader().read(s.geoJson()).getArea();
    }

    @Test
    void dated_polygons_are_told_from_event_points_and_stored_as_an_overlay_not_as_events() {
        assertThat(DatasetFormat.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(
                OverlaySamples.twoMonths().getBytes(StandardCharsets.UTF_8))), "f").format()).isEqualTo(DatasetFormat.OVERLAY_GEOJSON);
        DatasetImporter.Result r = corpus.importText(OverlaySamples.twoMonths(), "front.geojson");
        assertThat(r.overlay()).isTrue();
        assertThat(r.rows()).isEqualTo(2);
        assertThat(corpus.corpus().count(EventFilter.NONE)).isZero();
        assertThat(corpus.importer().datasetNames()).isEmpty();
        assertThat(corpus.overlays().layers()).extracting(Overlays.Layer::name, Overlays.Layer::sourceFile, Overlays.Layer::shapes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test_front", "front.geojson", 2));
    }

    @Test
    void the_shape_shown_is_the_latest_valid_on_the_last_day_of_the_range() throws Exception {
        corpus.importText(OverlaySamples.twoMonths(), "front.geojson");
        Overlays o = corpus.overlays();
        assertThat(o.at(LocalDate.of(2024, 2, 29))).isEmpty();
        assertThat(o.at(LocalDate.of(2024, 3, 1))).singleElement().extracting(Overlays.Shape::validFrom).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(area(o.at(LocalDate.of(2024, 3, 31)).get(0))).isEqualTo(1.0);
        assertThat(o.at(LocalDate.of(2024, 4, 1)).get(0).validFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(area(o.at(LocalDate.of(2030, 1, 1)).get(0))).isEqualTo(2.0);
        assertThat(o.at(null)).singleElement().extracting(Overlays.Shape::validFrom).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(new ObjectMapper().readTree(o.at(null).get(0).geoJson()).path("type").asText()).endsWith("Polygon");
    }

    @Test
    void the_same_file_twice_is_recognised_by_its_bytes() throws Exception {
        Path f = Files.writeString(dir.resolve("front.geojson"), OverlaySamples.twoMonths());
        DatasetImporter.Result first = corpus.importer().importFile(f, "tester", p -> { });
        DatasetImporter.Result again = corpus.importer().importFile(f, "tester", p -> { });
        DatasetImporter.Result streamed = corpus.importText(OverlaySamples.twoMonths(), "renamed.json");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.datasetId()).isEqualTo(first.datasetId());
        assertThat(streamed.duplicate()).isTrue();
        assertThat(corpus.overlays().layers()).hasSize(1);
    }

    @Test
    void a_file_with_a_bad_feature_is_refused_in_one_line_and_nothing_is_stored() {
        String sample = OverlaySamples.twoMonths();
        for (String bad : new String[]{
                sample.replace("\"date\": \"2024-04-01\", ", ""),
                sample.replace("2024-04-01", "April"),
                sample.replace("2024-04-01", "2024-03-01"),
                sample.replace("\"MultiPolygon\", \"coordinates\": [[[[36, 48]", "\"MultiPolygon\", \"coordinates\": [[[[36, \"x\"]"),
                sample.substring(0, sample.length() / 2) + sample.substring(sample.length() * 2 / 3)}) {
            assertThatThrownBy(() -> corpus.importText(bad, "bad.geojson"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("'bad.geojson' is not a map overlay")
                    .hasMessageEndingWith("nothing was stored")
                    .hasMessageNotContaining("\n");
        }
        assertThat(corpus.overlays().layers()).isEmpty();
        assertThat(corpus.overlays().at(null)).isEmpty();
    }

    @Test
    void a_shape_too_big_for_one_message_is_simplified_until_it_fits() throws Exception {
        // A wiggly ring of 200,000 vertices (~4 MB of GeoJSON) whose wiggles outlast the finest tolerance.
        int n = 200_000;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 1 + 0.002 * Math.sin(i * 0.7);
            ring[i] = new Coordinate(37 + r * Math.cos(a), 48 + r * Math.sin(a));
        }
        ring[n] = ring[0];
        Geometry g = new GeometryFactory().createPolygon(ring);
        Overlays.Simplified s = Overlays.simplify(g, LocalDate.of(2024, 1, 1));
        assertThat(s.geoJson().length()).isLessThanOrEqualTo(Overlays.MAX_SHAPE_BYTES);
        assertThat(s.sourceVertices()).isEqualTo(n + 1);
        assertThat(s.vertices()).isLessThan(n / 4);
        assertThat(s.tolerance()).isGreaterThan(Overlays.BASE_TOLERANCE);
        assertThat(Math.abs(new GeoJsonReader().read(s.geoJson()).getArea() - g.getArea()) / g.getArea()).isLessThan(0.01);
    }

    @Test
    void a_deleted_layer_goes_whole_the_others_stay_and_its_file_imports_again() {
        DatasetImporter.Result front = corpus.importText(OverlaySamples.twoMonths(), "front.geojson");
        DatasetImporter.Result other = corpus.importText(OverlaySamples.twoMonths().replace("test_front", "other_front"), "other.geojson");
        Overlays o = corpus.overlays();
        assertThat(o.at(null)).hasSize(2);

        assertThat(o.delete(front.datasetId(), "tester")).isTrue();
        assertThat(o.layers()).extracting(Overlays.Layer::name).containsExactly("other_front");
        assertThat(o.at(null)).extracting(Overlays.Shape::layerId).containsExactly(other.datasetId());
        assertThat(o.layer(front.datasetId())).isEmpty();
        assertThat(o.delete(front.datasetId(), "tester")).as("already gone").isFalse();

        DatasetImporter.Result again = corpus.importText(OverlaySamples.twoMonths(), "front.geojson");
        assertThat(again.duplicate()).as("the hash went with the layer").isFalse();
        assertThat(again.rows()).isEqualTo(2);
        assertThat(o.at(LocalDate.of(2024, 3, 31))).hasSize(2);
    }
}
