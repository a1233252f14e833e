package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Candidate;
import org.kharita.geo.Place;
import org.kharita.geo.index.DefaultGazetteer;
import org.kharita.geo.index.NameIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WofLayerTest {
    private static final NameIndex INDEX = DefaultGazetteer.load();

    @Test
    void every_country_file_loads_with_its_expected_number_of_villages() throws Exception {
        Map<String, Integer> counts = WofLayer.read(GeodataFiles.directory(Path.of("geodata"))).countsByCountry();
        // the extraction's counts (geodata/wof/PROVENANCE.md) give or take a tenth: a broken reader or a lost file fails
        Map<String, int[]> expected = Map.of("UA", new int[]{30_000, 37_000}, "SY", new int[]{9_000, 11_500},
                "LB", new int[]{3_000, 3_700}, "PS", new int[]{1_000, 1_800}, "YE", new int[]{34_000, 42_000},
                "SD", new int[]{6_500, 8_200}, "MM", new int[]{34_000, 42_000}, "IL", new int[]{1_100, 1_600});
        expected.forEach((cc, range) -> assertThat(counts.getOrDefault(cc, 0)).as(cc).isBetween(range[0], range[1]));
    }

    @Test
    void a_village_cities500_holds_gains_its_wof_names_instead_of_a_twin() {
        // Kuteinykove (GeoNames 703537) has no Russian name in cities500; WOF rows 101868353 and 1125779469 give Кутейниково
        assertThat(INDEX.exact("Кутейниково")).extracting(c -> c.place().id()).contains("geonames:703537");
        assertThat(INDEX.byId("wof:101868353")).isEmpty();
        assertThat(INDEX.byId("wof:1125779469")).isEmpty();
    }

    @Test
    void a_lebanese_border_village_is_found_by_its_arabic_name() {
        // Maroun er Ras (WOF 1243059557): cities500 lacks it, WOF spells it in French transliteration and in Arabic
        assertThat(settlementsNear(INDEX.exact("مارون الراس"), 33.1038, 35.4444)).isNotEmpty();
        assertThat(settlementsNear(INDEX.exact("Maroun er Ras"), 33.1038, 35.4444)).isNotEmpty();
    }

    @Test
    void a_donetsk_front_line_village_is_found_by_its_ukrainian_russian_and_latin_names() {
        // Ocheretyne north of Avdiivka (WOF 101868509, GeoNames 698759, absent from cities500)
        for (String name : List.of("Очеретине", "Очеретино", "Ocheretyne")) {
            List<Place> near = settlementsNear(INDEX.exact(name), 48.2433, 37.6112);
            assertThat(near).as(name).isNotEmpty();
            assertThat(near.get(0).admin1()).as(name).isEqualTo("Donetsk Oblast");
        }
    }

    @Test
    void an_arabic_name_loses_the_settlement_noun_the_finder_reads_as_its_cue() {
        assertThat(WofLayer.withoutSettlementNoun("مخيم جباليا")).isEqualTo("جباليا");
        assertThat(WofLayer.withoutSettlementNoun("حي الدهيني")).isEqualTo("الدهيني");
        assertThat(WofLayer.withoutSettlementNoun("حيفا")).isEqualTo("حيفا");
    }

    private static List<Place> settlementsNear(List<Candidate> cands, double lat, double lon) {
        return cands.stream().map(Candidate::place).filter(p -> p.isSettlement() && p.kmTo(lat, lon) < 2).toList();
    }
}
