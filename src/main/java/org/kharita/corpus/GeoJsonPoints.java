package org.kharita.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.kharita.extract.BadInputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of a GeoJSON FeatureCollection one at a time, read with Jackson's streaming parser so
 * a file of any size costs one feature of memory. Each feature comes as its scalar properties in
 * text (numbers as written, null as "") plus {@code latitude} and {@code longitude} from its Point
 * geometry, the shape the UCDP GED CSV rows have.
 */
final class GeoJsonPoints implements Closeable {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser parser;
    private final String name;
    private long features;

    /** @throws BadInputException if the file is not a FeatureCollection */
    GeoJsonPoints(InputStream in, String name) throws IOException {
        this.parser = JSON.createParser(in);
        this.name = name;
        if (parser.nextToken() != JsonToken.START_OBJECT) throw notACollection();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(field)) {
                if (value != JsonToken.START_ARRAY) throw notACollection();
                return;
            }
            parser.skipChildren();
        }
        throw notACollection();
    }

    /**
     * One feature: its properties, and its geometry's type (null when it has none).
     */
    record Feature(Map<String, String> properties, String geometryType) {
    }

    private record Geometry(String type, double[] lonLat) {
    }

    /** The next feature, or null after the last. */
    Feature next() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY || t == null) return null;
        if (t != JsonToken.START_OBJECT) throw new BadInputException("'" + name + "': feature " + (features + 1) + " is not an object");
        features++;
        Map<String, String> row = new HashMap<>();
        Geometry geometry = new Geometry(null, null);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("properties".equals(field) && value == JsonToken.START_OBJECT) readProperties(row);
            else if ("geometry".equals(field) && value == JsonToken.START_OBJECT) geometry = readGeometry();
            else parser.skipChildren();
        }
        double[] point = "Point".equals(geometry.type()) ? geometry.lonLat() : null;
        row.put("latitude", point == null ? "" : Double.toString(point[1]));
        row.put("longitude", point == null ? "" : Double.toString(point[0]));
        return new Feature(row, geometry.type());
    }

    private void readProperties(Map<String, String> row) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken v = parser.nextToken();
            if (v.isScalarValue()) row.put(key, v == JsonToken.VALUE_NULL ? "" : parser.getText());
            else parser.skipChildren();
        }
    }

    /** The geometry's type and the first two numbers of its coordinates when they are a position. */
    private Geometry readGeometry() throws IOException {
        String type = null;
        double[] lonLat = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            if ("type".equals(field) && v == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if ("coordinates".equals(field) && v == JsonToken.START_ARRAY) {
                List<Double> numbers = new ArrayList<>(3);
                JsonToken e;
                while ((e = parser.nextToken()) != JsonToken.END_ARRAY && e != null) {
                    if (e.isNumeric()) numbers.add(parser.getDoubleValue());
                    else parser.skipChildren();
                }
                if (numbers.size() >= 2) lonLat = new double[]{numbers.get(0), numbers.get(1)};
            } else {
                parser.skipChildren();
            }
        }
        return new Geometry(type, lonLat);
    }

    private BadInputException notACollection() {
        return new BadInputException("'" + name + "' is JSON but not a GeoJSON FeatureCollection; nothing was stored");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
