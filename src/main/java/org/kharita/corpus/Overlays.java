package org.kharita.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kharita.extract.BadInputException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Dated polygon layers drawn under the events, such as the occupied territory of each month: an
 * analyst imports a GeoJSON FeatureCollection of Polygon or MultiPolygon features, each with a
 * {@code date} property (the day from which the shape holds), and the map shows the shape that
 * held at the end of the selected dates.
 *
 * <p>Shapes are stored simplified for display (JTS {@link TopologyPreservingSimplifier}, which keeps
 * rings valid where Douglas-Peucker may cross them), starting at {@link #BASE_TOLERANCE} and coarser
 * until one shape's GeoJSON is under {@link #MAX_SHAPE_BYTES}: the browser receives the shape whole
 * each time the date changes, so its size is the cost of that change.
 */
@Service
public class Overlays {
    /** Degrees; about 50 m, finer than a screen pixel below zoom 11. */
    static final double BASE_TOLERANCE = 0.0005;
    static final int MAX_SHAPE_BYTES = 200_000;
    /** Five decimals of a degree is about a metre: more digits are only bytes. */
    private static final int DECIMALS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAYERS = "SELECT id, name, source_file, shape_count FROM overlay_layers";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Overlays.class);

    /** One imported file. */
    public record Layer(long id, String name, String sourceFile, int shapes) {
    }

    /** @param duplicate the same file was imported before; {@code layer} is that import */
    public record Imported(Layer layer, boolean duplicate) {
    }

    /** The shape a layer shows from {@code validFrom}, as GeoJSON geometry text. */
    public record Shape(long layerId, String layerName, LocalDate validFrom, String geoJson) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    Overlays(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Reads a whole overlay file, feature by feature, and stores it in one transaction.
     *
     * @param digest a digest the bytes of {@code in} pass through (the file's identity once it is read)
     * @throws BadInputException in one line, for a file that is not such GeoJSON; nothing is then stored
     */
    Imported importStream(InputStream in, String name, String analyst, MessageDigest digest) {
        return tx.execute(status -> {
            long layerId = insertLayer(name, analyst);
            String layerName = null;
            int shapes = 0;
            try (JsonParser parser = JSON.createParser(in)) {
                toFeatures(parser, name);
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.START_OBJECT) {
                    JsonNode feature = JSON.readTree(parser);
                    shapes++;
                    if (layerName == null) layerName = feature.path("properties").path("layer").asText(null);
                    insertShape(layerId, shape(feature, name, shapes));
                }
                if (t != JsonToken.END_ARRAY) throw notOverlay(name, "feature " + (shapes + 1) + " is not an object");
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw notOverlay(name, "unreadable JSON near feature " + (shapes + 1) + ": " + firstLine(e.getMessage()));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw notOverlay(name, "two features hold shapes for the same date");
            }
            if (shapes == 0) throw notOverlay(name, "it holds no features");
            String hash = HexFormat.of().formatHex(digest.digest());
            Optional<Layer> existing = layerByHash(hash);
            if (existing.isPresent()) {
                status.setRollbackOnly();
                return new Imported(existing.get(), true);
            }
            String shown = layerName == null || layerName.isBlank() ? stem(name) : layerName;
            jdbc.sql("UPDATE overlay_layers SET name = ?, content_hash = ?, shape_count = ? WHERE id = ?")
                    .params(shown, hash, shapes, layerId).update();
            return new Imported(new Layer(layerId, shown, name, shapes), false);
        });
    }

    /** The layer imported from a file with this SHA-256, if any. */
    Optional<Layer> layerByHash(String hash) {
        return jdbc.sql(LAYERS + " WHERE content_hash = ?").param(hash).query(Overlays::readLayer).optional();
    }

    /**
     * Deletes a layer with all its shapes, or nothing: one statement (the shapes go by the foreign
     * key's cascade) in one transaction. The file can then be imported again.
     *
     * @return false when no such layer was held (deleted meanwhile by another analyst)
     */
    public boolean delete(long layerId, String analyst) {
        Boolean deleted = tx.execute(status -> jdbc.sql("DELETE FROM overlay_layers WHERE id = ?").param(layerId).update() == 1);
        if (Boolean.TRUE.equals(deleted)) LOG.info("overlay layer {} deleted by {}", layerId, analyst);
        return Boolean.TRUE.equals(deleted);
    }

    public Optional<Layer> layer(long layerId) {
        return jdbc.sql(LAYERS + " WHERE id = ?").param(layerId).query(Overlays::readLayer).optional();
    }

    public List<Layer> layers() {
        return jdbc.sql(LAYERS + " ORDER BY id").query(Overlays::readLayer).list();
    }

    private static Layer readLayer(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Layer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }

    /**
     * For each layer, the shape that held on {@code day}: its latest shape valid from that day or
     * before (none if the layer starts later). A null day means now: each layer's latest shape.
     */
    public List<Shape> at(LocalDate day) {
        String sql = "SELECT s.layer_id, l.name, s.valid_from, s.geojson FROM overlay_shapes s JOIN overlay_layers l ON l.id = s.layer_id "
                + "WHERE s.valid_from = (SELECT MAX(t.valid_from) FROM overlay_shapes t WHERE t.layer_id = s.layer_id"
                + (day == null ? "" : " AND t.valid_from <= ?") + ") ORDER BY l.id";
        var statement = jdbc.sql(sql);
        if (day != null) statement = statement.param(Date.valueOf(day));
        return statement.query((rs, i) -> new Shape(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    /** Whether the file's first feature is a dated polygon we store; for the one-click list of a folder's files. */
    static boolean firstShapeReads(InputStream in, String name) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            toFeatures(parser, name);
            if (parser.nextToken() != JsonToken.START_OBJECT) return false;
            shape(JSON.readTree(parser), name, 1);
            return true;
        }
    }

    /** Moves the parser into the features list, past anything before it (name, crs, bbox). */
    private static void toFeatures(JsonParser parser, String name) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) throw notOverlay(name, "it is not a JSON object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(field)) {
                if (value != JsonToken.START_ARRAY) throw notOverlay(name, "its features are not a list");
                return;
            }
            parser.skipChildren();
        }
        throw notOverlay(name, "it has no features");
    }

    record Simplified(LocalDate validFrom, String geoJson, int sourceVertices, int vertices, double tolerance) {
    }

    static Simplified shape(JsonNode feature, String name, int n) {
        String date = feature.path("properties").path("date").asText("");
        LocalDate validFrom;
        try {
            validFrom = DatasetImporter.date(date);
        } catch (RuntimeException e) {
            throw notOverlay(name, "feature " + n + " has " + (date.isBlank() ? "no date property" : "a date '" + date + "' that is not a day"));
        }
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asText("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw notOverlay(name, "feature " + n + " has " + (type.isEmpty() ? "no geometry" : "a " + type + " geometry")
                    + ", not a Polygon or MultiPolygon");
        }
        Geometry g;
        try {
            g = new GeoJsonReader().read(geometry.toString());
        } catch (ParseException | RuntimeException e) {
            throw notOverlay(name, "feature " + n + " has a geometry JTS cannot read: " + firstLine(e.getMessage()));
        }
        return simplify(g, validFrom);
    }

    /** The finest simplification whose GeoJSON fits {@link #MAX_SHAPE_BYTES}. */
    static Simplified simplify(Geometry g, LocalDate validFrom) {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        double tolerance = BASE_TOLERANCE;
        while (true) {
            Geometry s = TopologyPreservingSimplifier.simplify(g, tolerance);
            String json = writer.write(s);
            if (json.getBytes(StandardCharsets.UTF_8).length <= MAX_SHAPE_BYTES || tolerance > 1) {
                return new Simplified(validFrom, json, g.getNumPoints(), s.getNumPoints(), tolerance);
            }
            tolerance *= 2;
        }
    }

    private long insertLayer(String name, String analyst) {
        KeyHolder key = new GeneratedKeyHolder();
        // A placeholder hash until the whole file is read; unique so two imports can run at once.
        jdbc.sql("INSERT INTO overlay_layers (name, source_file, content_hash, shape_count, imported_at, imported_by) "
                        + "VALUES (?, ?, ?, 0, ?, ?)")
                .params(stem(name), name, "pending-" + java.util.UUID.randomUUID(), Timestamp.from(clock.instant()), analyst)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void insertShape(long layerId, Simplified s) {
        jdbc.sql("INSERT INTO overlay_shapes (layer_id, valid_from, geojson, source_vertices, vertices, tolerance) VALUES (?, ?, ?, ?, ?, ?)")
                .params(layerId, Date.valueOf(s.validFrom()), s.geoJson(), s.sourceVertices(), s.vertices(), s.tolerance())
                .update();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static BadInputException notOverlay(String name, String why) {
        return new BadInputException("'" + name + "' is not a map overlay (a GeoJSON FeatureCollection of Polygon or "
                + "MultiPolygon features with a date property): " + why + "; nothing was stored");
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }
}
