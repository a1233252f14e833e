package org.kharita.corpus;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up datasets in the layouts of UCDP GED GeoJSON and GDELT 1.0 (no row is copied from a real
 * file). Coordinates are those of real places (GeoNames): Algiers 36.76/3.05, Kano 12.00/8.52,
 * Monrovia 6.30/-10.80, Abidjan 5.31/-4.01, Liberia's centroid 6.5/-9.5.
 */
final class DatasetSamples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetSamples() {
    }

    /**
     * UCDP GED CSV as the GeoJSON that GED 23.1 is published in: the columns as properties (counts and
     * codes as JSON numbers, dates with a time), the point as the geometry, a crs member before the features.
     */
    static String geoJson(String ucdpCsv) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "GEDEvent_test");
        root.putObject("crs").put("type", "name").putObject("properties").put("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
        ArrayNode features = root.putArray("features");
        for (Map<String, String> r : csvRows(ucdpCsv)) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            r.forEach((k, v) -> {
                if (k.equals("latitude") || k.equals("longitude") || k.equals("geom_wkt")) return;
                if (k.equals("date_start") || k.equals("date_end")) p.put(k, v + "T00:00:00");
                else if (v.matches("-?\\d{1,9}")) p.put(k, Integer.parseInt(v));
                else p.put(k, v);
            });
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(Double.parseDouble(r.get("longitude"))).add(Double.parseDouble(r.get("latitude")));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> csvRows(String csv) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One GDELT 1.0 event: the fields the tests look at, everything else "NA" or zero as GDELT writes it. */
    record Gdelt(String id, String day, String code, String geoType, String fullName, String lat, String lon,
                 String actor1, String actor2) {
        Map<String, String> fields() {
            Map<String, String> m = new LinkedHashMap<>();
            for (String c : GdeltEvents.COLUMNS) m.put(c, c.endsWith("_Lat") || c.endsWith("_Long") ? "0" : "NA");
            m.put("GLOBALEVENTID", id);
            m.put("SQLDATE", day);
            m.put("MonthYear", day.substring(0, 6));
            m.put("Year", day.substring(0, 4));
            m.put("Actor1Name", actor1);
            m.put("Actor2Name", actor2);
            m.put("IsRootEvent", "1");
            m.put("EventCode", code);
            m.put("EventBaseCode", code.substring(0, 3));
            m.put("EventRootCode", code.substring(0, 2));
            m.put("QuadClass", "4");
            m.put("ActionGeo_Type", geoType);
            m.put("ActionGeo_FullName", fullName);
            m.put("ActionGeo_Lat", lat);
            m.put("ActionGeo_Long", lon);
            m.put("DATEADDED", "20130203");
            return m;
        }
    }

    /** Six made-up West African events, two of which GDELT could not place (type 0; no coordinates). */
    static List<Gdelt> gdeltEvents() {
        return List.of(
                new Gdelt("101", "19960314", "190", "4", "Algiers, Alger, Algeria", "36.7631", "3.05056", "ALGERIA", "ARMED GROUP"),
                new Gdelt("102", "19960315", "1823", "5", "Kano State, Kano, Nigeria", "12", "8.51667", "POLICE", "NA"),
                new Gdelt("103", "19960316", "173", "1", "Liberia", "6.5", "-9.5", "NA", "REBEL"),
                new Gdelt("104", "19960317", "1832", "4", "Abidjan, Lagunes, Cote D'ivoire", "5.30966", "-4.01266", "NA", "NA"),
                new Gdelt("105", "19960318", "193", "0", "Monrovia, Montserrado, Liberia", "6.30054", "-10.7969", "LIBERIA", "NA"),
                new Gdelt("106", "19960319", "192", "4", "Somewhere, Nowhere, Liberia", "NA", "NA", "LIBERIA", "NA"));
    }

    /** The events as a comma-separated extract with a header and the extra row_id column, as shared in R projects. */
    static String gdeltCsv(List<Gdelt> events) {
        StringBuilder b = new StringBuilder(String.join(",", GdeltEvents.COLUMNS)).append(",row_id\n");
        int n = 0;
        for (Gdelt e : events) {
            List<String> quoted = new ArrayList<>();
            for (String v : e.fields().values()) quoted.add(v.contains(",") || v.contains("'") ? "\"" + v + "\"" : v);
            b.append(String.join(",", quoted)).append(',').append(++n).append('\n');
        }
        return b.toString();
    }

    /** The events as GDELT's own export: tab-separated, no header, empty fields for missing values. */
    static String gdeltExport(List<Gdelt> events, boolean withSourceUrl) {
        StringBuilder b = new StringBuilder();
        for (Gdelt e : events) {
            List<String> values = new ArrayList<>(e.fields().values().stream().map(v -> v.equals("NA") ? "" : v).toList());
            if (withSourceUrl) values.set(values.size() - 1, "http://example.org/" + e.id());
            else values.remove(values.size() - 1);
            b.append(String.join("\t", values)).append('\n');
        }
        return b.toString();
    }
}
