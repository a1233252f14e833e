package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kharita.geo.GazetteerRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GeoNamesDumpReaderTest {
    private static final Path REFERENCE = Path.of("../shared/reference/border_gazetteer.geonames.txt");

    @Test
    void the_reference_dump_streams_with_alternate_names_and_admin1_names_joined(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(REFERENCE), "../shared/reference absent");
        Path dump = dir.resolve("RU.txt");
        Files.copy(REFERENCE, dump);
        // Companions in GeoNames' own layouts, written here: the alternates deliberately out of geonameid order.
        Files.writeString(dir.resolve(GeoNamesDumpReader.ALTERNATES), String.join("\n",
                "9000001\t486816\tar\tسودجا\t\t\t\t\t\t",
                "9000002\t486816\tlink\thttps://en.wikipedia.org/wiki/Sudzha\t\t\t\t\t\t",
                "9000003\t486816\tpost\t307800\t\t\t\t\t\t",
                "9000004\t486816\tabbr\tSDZ\t\t\t\t\t\t",
                "9000005\t486816\tde\tSudscha\t\t\t\t\t\t",
                "9000000\t538560\tar\tكورسك\t\t\t\t\t\t") + "\n");
        Files.writeString(dir.resolve(GeoNamesDumpReader.ADMIN1), "RU.41\tKursk Oblast\tKursk Oblast\t900000041\nUA.21\tSumy Oblast\tSumy Oblast\t900000021\n");
        List<GazetteerRecord> all = new ArrayList<>();
        new GeoNamesDumpReader(dump).forEach(all::add);

        assertThat(all.size()).isGreaterThan(14_000);
        GazetteerRecord sudzha = all.stream().filter(r -> r.place().id().equals("geonames:486816")).findFirst().orElseThrow();
        assertThat(sudzha.names()).contains("Sudzha", "Суджа", "سودجا").doesNotContain("307800", "SDZ", "Sudscha")
                .noneMatch(n -> n.startsWith("http"));
        assertThat(sudzha.place().admin1()).isEqualTo("Kursk Oblast");
        GazetteerRecord kurskOblast = all.stream().filter(r -> r.place().id().equals("geonames:900000041")).findFirst().orElseThrow();
        assertThat(kurskOblast.place().isAdmin1()).isTrue();
        assertThat(kurskOblast.place().bbox().contains(51.1976, 35.2726)).isTrue();
        assertThat(kurskOblast.place().kmTo(51.73733, 36.18735)).as("point at the PPLA seat, Kursk").isLessThan(1);
    }

    @Test
    void without_companions_the_reader_is_the_plain_dump_reader() throws Exception {
        assumeTrue(Files.exists(REFERENCE), "../shared/reference absent");
        List<GazetteerRecord> all = new ArrayList<>();
        new GeoNamesDumpReader(REFERENCE).forEach(all::add);
        assertThat(all).noneMatch(r -> r.place().isAdmin1() && r.place().id().startsWith("geonames:9000000"));
        assertThat(all.stream().filter(r -> r.place().id().equals("geonames:486816")).findFirst().orElseThrow().place().admin1()).isEmpty();
    }

    @Test
    void external_sort_merges_many_runs_into_geonameid_order(@TempDir Path dir) throws Exception {
        List<String> lines = IntStream.range(0, 1000).mapToObj(i -> ((i * 7919L) % 1000) + "\tn" + i).collect(Collectors.toList());
        Path sorted = ExternalSort.sort(sink -> lines.forEach(sink), dir, 37);
        List<Long> keys = Files.readAllLines(sorted).stream().map(ExternalSort::key).toList();
        assertThat(keys).hasSize(1000).isSorted();
    }
}
