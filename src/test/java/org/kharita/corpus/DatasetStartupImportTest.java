package org.kharita.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetStartupImportTest {
    @TempDir
    Path dir;

    @Test
    void configured_files_are_imported_once_and_missing_ones_skipped() throws Exception {
        TestCorpus c = TestCorpus.open(dir.resolve("db"), FakeEngine.analyzer());
        Path csv = Files.writeString(dir.resolve("ged.csv"), UcdpSample.small());
        DatasetStartupImport startup = new DatasetStartupImport(c.importer(), csv + ", " + dir.resolve("absent.csv"));
        startup.run(null);
        startup.run(null);
        assertThat(c.corpus().count(EventFilter.NONE)).isEqualTo(4);
        assertThat(c.importer().datasetNames()).containsExactly("ged.csv (4 events)");
    }

    @Test
    void geojson_and_gdelt_files_are_imported_on_start_up_too() throws Exception {
        TestCorpus c = TestCorpus.open(dir.resolve("db"), FakeEngine.analyzer());
        Path geo = Files.writeString(dir.resolve("ged.geojson"), DatasetSamples.geoJson(UcdpSample.small()));
        Path gdelt = Files.writeString(dir.resolve("gdelt.csv"), DatasetSamples.gdeltCsv(DatasetSamples.gdeltEvents()));
        new DatasetStartupImport(c.importer(), geo + "," + gdelt).run(null);
        assertThat(c.importer().datasetNames()).containsExactly("ged.geojson (4 events)", "gdelt.csv (4 events)");
    }
}
