package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetFormatTest {
    @TempDir
    Path dir;

    private static DatasetFormat.Sniffed detect(String text) {
        return DatasetFormat.detect(new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), "f");
    }

    @Test
    void formats_are_told_apart_by_their_first_bytes() {
        assertThat(detect(UcdpSample.small()).format()).isEqualTo(DatasetFormat.UCDP_CSV);
        assertThat(detect(DatasetSamples.geoJson(UcdpSample.small())).format()).isEqualTo(DatasetFormat.UCDP_GEOJSON);
        assertThat(detect(DatasetSamples.gdeltCsv(DatasetSamples.gdeltEvents()))).isEqualTo(
                new DatasetFormat.Sniffed(DatasetFormat.GDELT_CSV, ','));
        assertThat(detect(DatasetSamples.gdeltCsv(DatasetSamples.gdeltEvents()).replace(',', '\t')))
                .isEqualTo(new DatasetFormat.Sniffed(DatasetFormat.GDELT_CSV, '\t'));
        assertThat(detect(DatasetSamples.gdeltExport(DatasetSamples.gdeltEvents(), false)).format()).isEqualTo(DatasetFormat.GDELT_EXPORT);
        assertThat(detect(DatasetSamples.gdeltExport(DatasetSamples.gdeltEvents(), true)).format()).isEqualTo(DatasetFormat.GDELT_EXPORT);
    }

    @Test
    void detection_leaves_the_stream_where_it_was() throws IOException {
        String csv = UcdpSample.small();
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        DatasetFormat.detect(in, "f");
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void a_file_of_no_format_we_read_is_refused_in_one_line_and_nothing_is_stored() {
        TestCorpus c = TestCorpus.open(dir, FakeEngine.analyzer());
        for (byte[] bytes : new byte[][]{"a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
                {'P', 'K', 3, 4, 0, 0, (byte) 0x88, 1}, "Some article text.\nAnother line.".getBytes(StandardCharsets.UTF_8),
                new byte[0]}) {
            assertThatThrownBy(() -> c.importer().importStream(new ByteArrayInputStream(bytes), bytes.length, "x.csv", "t", p -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("'x.csv' is not a dataset Kharita imports (UCDP GED CSV or GeoJSON, GDELT 1.0 events with a "
                            + "header or as its tab-separated export); nothing was stored");
        }
        assertThat(c.importer().datasetNames()).isEmpty();
    }

    @Test
    void only_files_whose_content_we_read_are_offered_for_one_click_import() throws IOException {
        Path geo = Files.writeString(dir.resolve("renamed.txt"), DatasetSamples.geoJson(UcdpSample.small()));
        Path gdelt = Files.writeString(dir.resolve("19960314.export.CSV"), DatasetSamples.gdeltExport(DatasetSamples.gdeltEvents(), false));
        Path layer = Files.writeString(dir.resolve("front.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"layer": "front"},
                 "geometry": {"type": "Polygon", "coordinates": [[[35, 45], [36, 45], [36, 46], [35, 45]]]}}]}""");
        Path notes = Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Path front = Files.writeString(dir.resolve("front.json"), OverlaySamples.twoMonths());
        assertThat(DatasetImporter.importable(geo)).isTrue();
        assertThat(DatasetImporter.importable(gdelt)).isTrue();
        // Polygons with a date are a map overlay; without one they are nothing we store.
        assertThat(DatasetImporter.importable(front)).isTrue();
        assertThat(DatasetImporter.importable(layer)).isFalse();
        assertThat(DatasetImporter.importable(notes)).isFalse();
    }
}
