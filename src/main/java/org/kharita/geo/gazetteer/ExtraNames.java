package org.kharita.geo.gazetteer;

import org.kharita.geo.GazetteerRecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a GeoNames row lacks and war reporting uses daily (geodata/places/extra_names.tsv), keyed by
 * geonameid: cities500 has no Arabic name for Washington (واشنطن) or Sderot (سديروت), so without them an
 * Arabic article's "وقالت واشنطن" names no place at all. Each row cites its source.
 */
final class ExtraNames {
    static final String FILE = "places/extra_names.tsv";
    private static final List<String> COLUMNS = List.of("names_ar", "names_ru", "names_uk");

    private final Map<String, List<String>> byId;

    private ExtraNames(Map<String, List<String>> byId) {
        this.byId = byId;
    }

    static ExtraNames read(GeodataFiles files) throws IOException {
        Map<String, List<String>> byId = new HashMap<>();
        try (InputStream in = files.open(FILE)) {
            for (Map<String, String> row : Tsv.read(in)) {
                List<String> names = new ArrayList<>();
                for (String col : COLUMNS) names.addAll(Tsv.list(row.get(col)));
                byId.put("geonames:" + row.get("geonameid").strip(), names);
            }
        }
        return new ExtraNames(byId);
    }

    /** The record with the names this file adds to its place, or the record itself. */
    GazetteerRecord apply(GazetteerRecord r) {
        List<String> more = byId.get(r.place().id());
        if (more == null) return r;
        Set<String> names = new LinkedHashSet<>(r.names());
        names.addAll(more);
        return new GazetteerRecord(r.place(), List.copyOf(names), r.curated());
    }
}
