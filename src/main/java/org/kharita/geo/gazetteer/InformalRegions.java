package org.kharita.geo.gazetteer;

import org.kharita.geo.BBox;
import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;
import org.kharita.geo.Place;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Regions with no administrative border and seas that war reporting names as places (Donbas, the
 * Golan Heights, Darfur, the Black Sea, Bab el-Mandeb): geodata/regions/informal.tsv, written by hand,
 * each with its source. They are areas: a point and an extent, never a pin for a settlement.
 */
public final class InformalRegions implements GazetteerSource {
    static final String FILE = "regions/informal.tsv";
    private static final List<String> NAME_COLUMNS = List.of("name_en", "names_en_variants", "names_ru", "names_uk", "names_ar");

    private final GeodataFiles files;

    public InformalRegions(GeodataFiles files) {
        this.files = files;
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        List<Map<String, String>> rows;
        try (var in = files.open(FILE)) {
            rows = Tsv.read(in);
        }
        for (Map<String, String> row : rows) sink.accept(toRecord(row));
    }

    static GazetteerRecord toRecord(Map<String, String> row) {
        Set<String> names = new LinkedHashSet<>();
        for (String col : NAME_COLUMNS) names.addAll(Tsv.list(row.get(col)));
        BBox box = new BBox(Double.parseDouble(row.get("min_lat")), Double.parseDouble(row.get("min_lon")),
                Double.parseDouble(row.get("max_lat")), Double.parseDouble(row.get("max_lon")));
        Place place = new Place(row.get("id"), row.get("name_en"),
                Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")),
                row.get("feature_class").charAt(0), row.get("feature_code"), row.get("country"), row.get("admin1_code"), "",
                0, box);
        return new GazetteerRecord(place, List.copyOf(names), true);
    }
}
