package org.kharita.geo.gazetteer;

import org.junit.jupiter.api.Test;
import org.kharita.geo.GazetteerRecord;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultGazetteerSourcesTest {
    @Test
    void one_stream_holds_cities500_the_theatre_layer_regions_and_countries() throws Exception {
        Cities500.extents(); // skips when npm ci has not run
        Map<String, Integer> perLayer = new HashMap<>();
        DefaultGazetteerSources.fromDirectory(Path.of("geodata")).forEach((GazetteerRecord r) -> {
            String id = r.place().id();
            String layer = id.startsWith("geonames:") ? "cities500" : id.startsWith("kharita:admin1:") ? "admin1"
                    : id.startsWith("kharita:country:") ? "countries" : "theatre";
            perLayer.merge(layer, 1, Integer::sum);
        });
        assertThat(perLayer.get("cities500")).isGreaterThan(190_000);
        assertThat(perLayer.get("theatre")).isGreaterThan(100);
        assertThat(perLayer.get("admin1")).isGreaterThan(200);
        assertThat(perLayer.get("countries")).isGreaterThan(240);
    }
}
