package org.kharita.geo.gazetteer;

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
 * The curated settlements of the Russia–Ukraine theatre (geodata/theatre/settlements.tsv): villages
 * that GeoNames cities500 lacks or places wrongly (Дарьино's only bulk row is geocoded near Moscow), with
 * the Arabic renderings Arab outlets print. Rows are curated, so the resolver may prefer them to bulk
 * rows of the same name; {@code precision_km} says how far the point may be from the village (a row
 * placed at its district seat for want of a source has 30).
 */
public final class TheatreLayer implements GazetteerSource {
    static final String FILE = "theatre/settlements.tsv";
    static final List<String> NAME_COLUMNS = List.of("name_en", "names_ru", "names_uk", "names_en_variants", "names_ar");

    private final GeodataFiles files;

    public TheatreLayer(GeodataFiles files) {
        this.files = files;
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        for (Map<String, String> row : rows()) sink.accept(toRecord(row));
    }

    List<Map<String, String>> rows() throws IOException {
        try (var in = files.open(FILE)) {
            return Tsv.read(in);
        }
    }

    static GazetteerRecord toRecord(Map<String, String> row) {
        Set<String> names = new LinkedHashSet<>();
        for (String col : NAME_COLUMNS) names.addAll(Tsv.list(row.get(col)));
        Place place = new Place(row.get("id"), row.get("name_en"),
                Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")),
                'P', row.get("feature_code"), row.get("country"), row.get("admin1_code"), row.get("admin1_name"),
                0, null);
        return new GazetteerRecord(place, List.copyOf(names), true, coarseKm(row));
    }

    /**
     * A row placed at its district seat (its note starts APPROXIMATE), or any whose precision_km is coarse:
     * how far off its point may be; 0 for a row whose point is the village.
     */
    static double coarseKm(Map<String, String> row) {
        String km = row.get("precision_km");
        double d;
        try {
            d = km == null || km.isBlank() ? 0 : Double.parseDouble(km.strip());
        } catch (NumberFormatException e) {
            d = 0;
        }
        boolean approximate = row.getOrDefault("note", "").startsWith("APPROXIMATE");
        if (approximate) return Math.max(d, GazetteerRecord.COARSE_KM);
        return d >= GazetteerRecord.COARSE_KM ? d : 0;
    }
}
