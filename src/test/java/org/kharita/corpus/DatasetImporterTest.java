package org.kharita.corpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Event.DatePrecision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DatasetImporterTest {
    static final Path UKRAINE = Path.of("../shared/events-real/ucdp_ged_ukraine_2014_2023.csv");

    @TempDir
    Path dataDir;
    TestCorpus corpus;

    @BeforeEach
    void open() {
        corpus = TestCorpus.open(dataDir, FakeEngine.analyzer());
    }

    private DatasetImporter.Result load(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return corpus.importer().importUcdp(new ByteArrayInputStream(bytes), bytes.length, "sample.csv", "tester", p -> { });
    }

    @Test
    void ucdp_country_names_are_stored_as_the_iso_codes_articles_use() {
        load(UcdpSample.small());
        assertThat(corpus.corpus().events(EventFilter.NONE, 0, 10)).extracting(EventRow::country)
                .containsOnly("RU", "UA");
        assertThat(DatasetImporter.Countries.iso("Myanmar (Burma)")).isEqualTo("MM");
        assertThat(DatasetImporter.Countries.iso("DR Congo (Zaire)")).isEqualTo("CD");
        assertThat(DatasetImporter.Countries.iso("Russia (Soviet Union)")).isEqualTo("RU");
        assertThat(DatasetImporter.Countries.iso("Yemen (North Yemen)")).isEqualTo("YE");
        assertThat(DatasetImporter.Countries.iso("Syria")).isEqualTo("SY");
        assertThat(DatasetImporter.Countries.iso("Mexico")).isEqualTo("MX");
        assertThat(DatasetImporter.Countries.iso("Atlantis")).as("unknown names are kept").isEqualTo("Atlantis");
    }

    @Test
    void ucdp_rows_keep_their_headline_actors_deaths_and_mapped_precisions() {
        DatasetImporter.Result r = load(UcdpSample.small());
        assertThat(r.rows()).isEqualTo(4);
        List<EventRow> rows = corpus.corpus().events(EventFilter.NONE, 0, 10);
        assertThat(rows).hasSize(4);
        EventRow oblast = rows.stream().filter(e -> "UCDP-3".equals(e.externalId())).findFirst().orElseThrow();
        assertThat(oblast.text()).isEqualTo("Strikes somewhere in the oblast \"quoted\"");
        assertThat(oblast.type()).isEqualTo("attack_on_civilians");
        assertThat(oblast.locationPrecision()).as("where_prec 4, a first-order region").isEqualTo(3);
        assertThat(oblast.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(oblast.dateEnd()).isEqualTo(LocalDate.of(2024, 8, 31));
        EventRow first = rows.stream().filter(e -> "UCDP-1".equals(e.externalId())).findFirst().orElseThrow();
        assertThat(first.actor1()).isEqualTo("Government of Russia");
        assertThat(first.actor2()).isEqualTo("Government of Ukraine");
        assertThat(first.fatalities()).isEqualTo(3);
        assertThat(first.text()).isEqualTo("Shelling reported near Sudzha, with commas");
        assertThat(first.admin1()).isEqualTo("Kursk oblast");
        assertThat(first.locationPrecision()).isEqualTo(1);
    }

    @Test
    void the_same_file_twice_is_recognised() {
        load(UcdpSample.small());
        DatasetImporter.Result again = load(UcdpSample.small());
        assertThat(again.duplicate()).isTrue();
        assertThat(corpus.corpus().count(EventFilter.NONE)).isEqualTo(4);
    }

    @Test
    void a_bad_row_anywhere_leaves_nothing_of_the_file() {
        String csv = UcdpSample.small() + UcdpSample.row(5, 1, "A", "B", "h", 1, "p", "a", 51, 35, "Russia", 1,
                "2024-08-10", "2024-08-10", 1).replace("51.0,35.0", "north,35.0");
        assertThatThrownBy(() -> load(csv)).isInstanceOf(BadInputException.class).hasMessageContaining("row 6");
        assertThat(corpus.corpus().count(EventFilter.NONE)).isZero();
        assertThat(corpus.importer().datasetNames()).isEmpty();
    }

    @Test
    void a_ucdp_file_short_of_columns_is_refused_by_name_of_the_missing_ones() {
        assertThatThrownBy(() -> load("id,type_of_violence,side_a\n1,1,A\n")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a UCDP GED CSV").hasMessageContaining("latitude");
        assertThat(corpus.corpus().count(EventFilter.NONE)).isZero();
        assertThat(corpus.importer().datasetNames()).isEmpty();
    }

    @Test
    void the_real_ukraine_file_imports_whole_with_progress() throws IOException {
        assumeTrue(Files.isRegularFile(UKRAINE), "skipped: " + UKRAINE.toAbsolutePath() + " absent (../shared beside the project)");
        List<DatasetImporter.Progress> seen = new ArrayList<>();
        DatasetImporter.Result r = corpus.importer().importUcdp(UKRAINE, "tester", seen::add);
        long lines = Files.lines(UKRAINE).count();
        assertThat(r.rows()).isGreaterThan(3800).isLessThanOrEqualTo(lines - 1);
        assertThat(corpus.corpus().count(EventFilter.NONE)).isEqualTo(r.rows());
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(corpus.importer().importUcdp(UKRAINE, "tester", p -> { }).duplicate()).isTrue();
    }
}
