package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.kharita.geo.GazetteerRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InformalRegionsTest {
    @Test
    void every_region_is_an_area_whose_point_lies_in_its_extent_with_names_in_four_languages() throws IOException {
        List<GazetteerRecord> rows = new ArrayList<>();
        new InformalRegions(GeodataFiles.directory(Path.of("geodata"))).forEach(rows::add);
        assertThat(rows).hasSizeGreaterThan(15);
        for (GazetteerRecord r : rows) {
            assertThat(r.place().isArea()).as(r.place().name()).isTrue();
            assertThat(r.place().isSettlement()).isFalse();
            assertThat(r.place().bbox().contains(r.place().lat(), r.place().lon())).as(r.place().name()).isTrue();
            assertThat(r.names()).as(r.place().name())
                    .anySatisfy(n -> assertThat(n).matches(".*\\p{IsArabic}.*"))
                    .anySatisfy(n -> assertThat(n).matches(".*\\p{IsCyrillic}.*"));
            assertThat(r.curated()).isTrue();
        }
    }
}
