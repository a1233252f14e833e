package org.kharita.geo.gazetteer;

import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;
import org.kharita.geo.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * First-level regions (oblasts, governorates, states) from geodata/admin1/*.tsv, so that "مقاطعة كورسك",
 * "Курской области" and "Kursk region" find the oblast rather than the city. Names are written by hand;
 * the point and extent are derived from the populated places of a GeoNames dump carrying the region's
 * admin1 code ({@link Cities500Extents}), never typed.
 */
public final class Admin1Source implements GazetteerSource {
    static final String INDEX = "admin1/index.txt";
    static final List<String> NAME_COLUMNS = List.of("name_en", "names_en_variants", "names_ru", "names_uk", "names_ar");

    private final GeodataFiles files;
    private final Cities500Extents extents;

    Admin1Source(GeodataFiles files, Cities500Extents extents) {
        this.files = files;
        this.extents = extents;
    }

    @Override
    public void forEach(Consumer<GazetteerRecord> sink) throws IOException {
        for (Map<String, String> row : rows()) {
            String cc = row.get("country"), code = row.get("admin1_code");
            var extent = extents.admin1(cc, code);
            if (extent.isEmpty()) continue; // no town carries the code: no honest point to give
            Cities500Extents.Extent e = extent.get();
            Set<String> names = new LinkedHashSet<>();
            for (String col : NAME_COLUMNS) names.addAll(Tsv.list(row.get(col)));
            Place p = new Place("kharita:admin1:" + cc + "." + code, row.get("name_en"), e.pointLat(), e.pointLon(),
                    'A', "ADM1", cc, code, row.get("name_en"), 0, e.bbox());
            sink.accept(new GazetteerRecord(p, List.copyOf(names), true));
        }
    }

    List<Map<String, String>> rows() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String file : tableFiles()) {
            try (var in = files.open("admin1/" + file)) {
                rows.addAll(Tsv.read(in));
            }
        }
        return rows;
    }

    private List<String> tableFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(files.open(INDEX), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank()) out.add(line.trim());
        }
        return out;
    }
}
