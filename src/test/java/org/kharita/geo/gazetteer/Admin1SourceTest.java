package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.kharita.geo.GazetteerRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class Admin1SourceTest {
    private final GeodataFiles files = GeodataFiles.directory(Path.of("geodata"));

    @Test
    void each_written_capital_is_the_seat_geonames_gives_that_admin1_code() throws Exception {
        Cities500Extents extents = Cities500.extents();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : new Admin1Source(files, extents).rows()) {
            String capital = row.get("capital");
            if (capital.isEmpty()) continue; // GeoNames has no PPLA for it (Moscow Oblast, Kyiv Oblast...)
            var e = extents.admin1(row.get("country"), row.get("admin1_code"));
            String seat = e.map(x -> x.seatName).orElse(null);
            checked++;
            if (!capital.equals(seat)) wrong.add(row.get("country") + "." + row.get("admin1_code") + " " + row.get("name_en") + ": wrote " + capital + ", GeoNames seat " + seat);
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void codes_are_unique_and_every_region_has_english_russian_and_arabic_names() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (Map<String, String> row : new Admin1Source(files, Cities500.extents()).rows()) {
            assertThat(seen.add(row.get("country") + "." + row.get("admin1_code"))).as(row.toString()).isTrue();
            assertThat(row.get("name_en")).isNotBlank();
            assertThat(Tsv.list(row.get("names_ru"))).as(row.get("name_en")).isNotEmpty();
            assertThat(Tsv.list(row.get("names_ar"))).as(row.get("name_en")).isNotEmpty();
        }
    }

    @Test
    void kursk_oblast_is_an_area_around_its_towns_with_the_city_as_its_point() throws Exception {
        List<GazetteerRecord> all = new ArrayList<>();
        new Admin1Source(files, Cities500.extents()).forEach(all::add);
        GazetteerRecord kursk = all.stream().filter(r -> r.place().id().equals("kharita:admin1:RU.41")).findFirst().orElseThrow();
        assertThat(kursk.place().isAdmin1()).isTrue();
        assertThat(kursk.place().featureClass()).isEqualTo('A');
        assertThat(kursk.names()).contains("Kursk Oblast", "Курская область", "Курська область", "مقاطعة كورسك", "منطقة كورسك");
        assertThat(kursk.place().kmTo(51.73733, 36.18735)).isLessThan(1);
        assertThat(kursk.place().bbox().contains(51.1976, 35.2726)).as("Sudzha inside Kursk Oblast").isTrue();
        assertThat(kursk.place().bbox().contains(50.61074, 36.58015)).as("Belgorod outside").isFalse();
        assertThat(all.stream().map(r -> r.place().country()).distinct()).contains("RU", "UA", "BY", "SY", "IQ", "LB", "YE", "SD", "PS", "IL", "LY");
    }

    @Test
    void the_index_lists_every_table_in_the_directory() throws Exception {
        try (var files = Files.list(Path.of("geodata/admin1"))) {
            List<String> tables = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted().toList();
            assertThat(Files.readAllLines(Path.of("geodata/admin1/index.txt")).stream().filter(s -> !s.isBlank()).sorted().toList()).isEqualTo(tables);
        }
    }
}
