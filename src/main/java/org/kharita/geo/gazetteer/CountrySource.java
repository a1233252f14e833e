package org.kharita.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kharita.geo.BBox;
import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;
import org.kharita.geo.Place;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every country from the npm package world-countries (ODbL): English common/official names, native
 * names, Arabic and Russian translations, alternative spellings, and its latlng as the point; plus
 * geodata/countries/extra_names.tsv for what the package lacks (Ukrainian names, "РФ", "روسيا الاتحادية").
 * Demonyms are not read: "Russian" is not a place. The box comes from the country's towns in the dump.
 */
public final class CountrySource implements GazetteerSource {
    static final List<String> JSON_LOCATIONS = List.of("countries/world-countries.json", "node_modules/world-countries/countries.json");
    static final String EXTRA = "countries/extra_names.tsv";
    private static final List<String> TRANSLATIONS = List.of("ara", "rus", "ukr");

    private final GeodataFiles files;
    private final Cities500Extents extents;

    CountrySource(GeodataFiles files, Cities500Extents extents) {
        this.files = files;
        this.extents = extents;
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        Map<String, Map<String, String>> extra = new HashMap<>();
        try (InputStream in = files.open(EXTRA)) {
            for (Map<String, String> row : Tsv.read(in)) extra.put(row.get("cca2"), row);
        }
        JsonNode all;
        try (InputStream in = files.open(jsonLocation())) {
            all = new ObjectMapper().readTree(in);
        }
        for (JsonNode c : all) {
            String cca2 = c.path("cca2").asText();
            JsonNode latlng = c.path("latlng");
            if (cca2.isEmpty() || latlng.size() < 2) continue;
            Set<String> names = new LinkedHashSet<>();
            JsonNode name = c.path("name");
            add(names, name.path("common").asText());
            add(names, name.path("official").asText());
            name.path("native").forEach(n -> {
                add(names, n.path("common").asText());
                add(names, n.path("official").asText());
            });
            for (String lang : TRANSLATIONS) {
                JsonNode t = c.path("translations").path(lang);
                add(names, t.path("common").asText());
                add(names, t.path("official").asText());
            }
            // two-letter codes ("RU", "SY") would turn every capitalised abbreviation into a country
            c.path("altSpellings").forEach(a -> {
                if (a.asText().length() > 2) add(names, a.asText());
            });
            Map<String, String> more = extra.get(cca2);
            if (more != null) {
                for (String col : List.of("names_en", "names_ru", "names_uk", "names_ar")) Tsv.list(more.get(col)).forEach(n -> add(names, n));
            }
            BBox bbox = extents.country(cca2).map(Cities500Extents.Extent::bbox).orElse(null);
            Place p = new Place("kharita:country:" + cca2, name.path("common").asText(),
                    latlng.get(0).asDouble(), latlng.get(1).asDouble(), 'A', "PCLI", cca2, "", "", 0, bbox);
            sink.accept(new GazetteerRecord(p, List.copyOf(names), true));
        }
    }

    private String jsonLocation() throws IOException {
        for (String loc : JSON_LOCATIONS) if (files.exists(loc)) return loc;
        throw new IOException("world-countries data not found under " + files + " (run: npm ci --prefix geodata)");
    }

    private static void add(Set<String> names, String n) {
        if (n != null && !n.isBlank()) names.add(n.trim());
    }
}
