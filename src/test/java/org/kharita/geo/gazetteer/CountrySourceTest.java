package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.kharita.geo.GazetteerRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CountrySourceTest {
    @Test
    void every_country_is_emitted_with_arabic_russian_ukrainian_and_english_names_but_no_demonyms() throws Exception {
        assumeTrue(Files.exists(Path.of("geodata/node_modules/world-countries/countries.json")), "run `npm ci --prefix geodata`");
        List<GazetteerRecord> all = new ArrayList<>();
        new CountrySource(GeodataFiles.directory(Path.of("geodata")), Cities500.extents()).forEach(all::add);
        assertThat(all.size()).isGreaterThan(240);
        assertThat(all).allMatch(r -> r.place().isCountry() && r.place().featureClass() == 'A');
        GazetteerRecord russia = all.stream().filter(r -> r.place().country().equals("RU")).findFirst().orElseThrow();
        assertThat(russia.names()).contains("Russia", "Russian Federation", "Россия", "РФ", "Росія", "روسيا", "روسيا الاتحادية");
        assertThat(russia.names()).doesNotContain("Russian", "RU");
        assertThat(russia.place().bbox().contains(51.73733, 36.18735)).as("Kursk inside Russia's box").isTrue();
        GazetteerRecord ukraine = all.stream().filter(r -> r.place().country().equals("UA")).findFirst().orElseThrow();
        assertThat(ukraine.names()).contains("Ukraine", "Україна", "Украина", "أوكرانيا");
    }
}
